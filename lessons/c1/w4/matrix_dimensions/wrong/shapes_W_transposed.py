def expected_shapes(layer_dims, m):
    shapes = {"A0": (layer_dims[0], m)}
    for l in range(1, len(layer_dims)):
        n, n_prev = layer_dims[l], layer_dims[l - 1]
        shapes["W" + str(l)] = (n_prev, n)
        shapes["dW" + str(l)] = (n_prev, n)
        shapes["b" + str(l)] = (n, 1)
        shapes["db" + str(l)] = (n, 1)
        shapes["Z" + str(l)] = (n, m)
        shapes["A" + str(l)] = (n, m)
    return shapes
