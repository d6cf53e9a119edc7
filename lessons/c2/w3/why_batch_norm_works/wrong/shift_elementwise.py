
def covariate_shift(A_old, A_new):
    difference = A_new - A_old
    return (np.mean(difference, axis=1, keepdims=True),
            np.std(A_new, axis=1, keepdims=True) / np.std(A_old, axis=1, keepdims=True))
