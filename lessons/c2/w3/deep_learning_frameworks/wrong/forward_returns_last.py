def forward_pass(graph, inputs):
    values = dict(inputs)
    for name, op, args in graph:
        forward, _ = OPS[op]
        values[name] = forward(*[values[arg] for arg in args])
    return values[graph[-1][0]]
