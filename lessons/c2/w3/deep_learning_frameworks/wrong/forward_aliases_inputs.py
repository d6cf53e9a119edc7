def forward_pass(graph, inputs):
    values = inputs
    for name, op, args in graph:
        forward, _ = OPS[op]
        values[name] = forward(*[values[arg] for arg in args])
    return values
