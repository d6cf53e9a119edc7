def forward_pass(graph, inputs):
    values = dict(inputs)
    for name, op, args in graph:
        forward, _ = OPS[op]
        values[name] = forward(*[inputs[arg] for arg in args])
    return values
