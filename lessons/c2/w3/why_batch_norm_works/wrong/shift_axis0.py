
def covariate_shift(A_old, A_new):
    mean_shift = np.mean(A_new, axis=0, keepdims=True) - np.mean(A_old, axis=0, keepdims=True)
    std_ratio = np.std(A_new, axis=0, keepdims=True) / np.std(A_old, axis=0, keepdims=True)
    return mean_shift, std_ratio
