def linear_activation_forward(A_prev, W, b, activation):
    if activation == "sigmoid":
        A_act, activation_cache = sigmoid(A_prev)
    else:
        A_act, activation_cache = relu(A_prev)
    A, linear_cache = linear_forward(A_act, W, b)
    return A, (linear_cache, activation_cache)
