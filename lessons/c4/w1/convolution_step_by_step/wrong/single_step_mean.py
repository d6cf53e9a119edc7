def conv_single_step(a_slice_prev, W, b):
    s = np.multiply(a_slice_prev, W)
    Z = np.mean(s) + float(np.squeeze(b))
    return Z
