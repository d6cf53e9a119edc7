def bottleneck_shapes(input_shape, expansion, n_C_out, stride):
    n_H, n_W, n_C = input_shape
    h, w = (n_H - 1) // stride + 1, (n_W - 1) // stride + 1
    return [(h, w, expansion * n_C), (h, w, expansion * n_C), (h, w, n_C_out)]
