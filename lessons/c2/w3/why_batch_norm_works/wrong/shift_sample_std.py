
def covariate_shift(A_old, A_new):
    mean_shift = np.mean(A_new, axis=1, keepdims=True) - np.mean(A_old, axis=1, keepdims=True)
    std_ratio = (np.std(A_new, axis=1, ddof=1, keepdims=True)
                 / np.std(A_old, axis=1, ddof=1, keepdims=True))
    return mean_shift, std_ratio
