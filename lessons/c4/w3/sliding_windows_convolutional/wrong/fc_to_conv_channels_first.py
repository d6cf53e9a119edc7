def fc_to_conv(W_fc, prev_shape):
    h, w, c = prev_shape
    return W_fc.reshape(-1, c, h, w).transpose(2, 3, 1, 0)
