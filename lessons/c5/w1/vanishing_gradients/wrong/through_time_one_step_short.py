def gradient_through_time(Waa, da_T, T):
    n_a, m = da_T.shape
    da = np.zeros((n_a, m, T + 1))
    da[:, :, T] = da_T
    for t in range(T, 1, -1):
        da[:, :, t - 1] = np.dot(Waa.T, da[:, :, t])
    return da
