def memory_retention(gamma_f):
    return np.cumprod(gamma_f, axis=0)
