def backward_pass(graph, values, output):
    grads = {output: 1.0}
    for name, op, args in reversed(graph):
        if name not in grads:
            continue
        _, local_gradients = OPS[op]
        partials = local_gradients(*[values[arg] for arg in args])
        for arg, partial in zip(args, partials, strict=True):
            grads[arg] = grads.get(arg, 0.0) + partial
    return grads
