def separable_conv_forward(A_prev, W_dw, b_dw, W_pw, b_pw, stride=1):
    A = relu(depthwise_conv_forward(A_prev, W_dw, b_dw))
    return pointwise_conv_forward(A, W_pw, b_pw)
