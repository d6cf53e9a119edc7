def forward_pass(graph, inputs):
    values = dict(inputs)
    for name, op, args in graph[:-1]:
        forward, _ = OPS[op]
        values[name] = forward(*[values[arg] for arg in args])
    return values
