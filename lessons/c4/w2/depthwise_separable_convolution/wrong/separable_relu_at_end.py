def separable_conv_forward(A_prev, W_dw, b_dw, W_pw, b_pw, stride=1):
    A = depthwise_conv_forward(A_prev, W_dw, b_dw, stride)
    return relu(pointwise_conv_forward(A, W_pw, b_pw))
