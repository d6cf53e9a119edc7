def inception_module(A_prev, params):
    branch1 = relu(conv_same(A_prev, *params["1x1"]))
    reduced3 = relu(conv_same(A_prev, *params["3x3_reduce"]))
    branch2 = relu(conv_same(reduced3, *params["3x3"]))
    reduced5 = relu(conv_same(A_prev, *params["5x5_reduce"]))
    branch3 = relu(conv_same(reduced5, *params["5x5"]))
    branch4 = max_pool_same(relu(conv_same(A_prev, *params["pool_proj"])), 3)
    A = np.concatenate([branch1, branch2, branch3, branch4], axis=-1)
    return A
