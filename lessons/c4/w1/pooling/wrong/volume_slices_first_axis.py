def pool_volume(A_prev, f, stride, mode="max"):
    channels = [pool_2d(A_prev[c], f, stride, mode) for c in range(A_prev.shape[0])]
    return np.stack(channels, axis=-1)
