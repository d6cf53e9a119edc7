def memory_retention(gamma_f):
    return np.cumprod(1 - gamma_f, axis=2)
