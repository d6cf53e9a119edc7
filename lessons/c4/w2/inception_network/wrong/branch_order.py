def inception_module(A_prev, params):
    branch1 = relu(conv_same(A_prev, *params["1x1"]))
    reduced3 = relu(conv_same(A_prev, *params["3x3_reduce"]))
    branch2 = relu(conv_same(reduced3, *params["3x3"]))
    reduced5 = relu(conv_same(A_prev, *params["5x5_reduce"]))
    branch3 = relu(conv_same(reduced5, *params["5x5"]))
    pooled = max_pool_same(A_prev, 3)
    branch4 = relu(conv_same(pooled, *params["pool_proj"]))
    A = np.concatenate([branch4, branch1, branch2, branch3], axis=-1)
    return A
