def conv_single_step(a_slice_prev, W, b):
    s = np.multiply(a_slice_prev, W) + float(np.squeeze(b))
    Z = np.sum(s)
    return Z
