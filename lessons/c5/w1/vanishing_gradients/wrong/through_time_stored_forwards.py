def gradient_through_time(Waa, da_T, T):
    n_a, m = da_T.shape
    da = np.zeros((n_a, m, T + 1))
    da[:, :, 0] = da_T
    for t in range(1, T + 1):
        da[:, :, t] = np.dot(Waa.T, da[:, :, t - 1])
    return da
