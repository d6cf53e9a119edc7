
def covariate_shift(A_old, A_new):
    mean_shift = np.mean(A_new, axis=1, keepdims=True) - np.mean(A_old, axis=1, keepdims=True)
    std_ratio = np.var(A_new, axis=1, keepdims=True) / np.var(A_old, axis=1, keepdims=True)
    return mean_shift, std_ratio
