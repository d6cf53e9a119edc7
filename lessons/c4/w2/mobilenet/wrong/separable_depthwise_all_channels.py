def separable_cost(n_H, n_W, f, n_C, n_C_new):
    depthwise = n_H * n_W * n_C * f * f * n_C
    pointwise = n_H * n_W * n_C_new * n_C
    return depthwise, pointwise, depthwise + pointwise
