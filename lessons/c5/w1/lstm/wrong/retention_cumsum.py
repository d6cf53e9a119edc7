def memory_retention(gamma_f):
    return np.cumsum(gamma_f, axis=2) / gamma_f.shape[2]
