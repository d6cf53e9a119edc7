def bottleneck_shapes(input_shape, expansion, n_C_out, stride):
    n_H, n_W, n_C = input_shape
    h, w = n_H // stride, n_W // stride
    return [(n_H, n_W, expansion * n_C), (h, w, expansion * n_C), (h, w, n_C_out)]
