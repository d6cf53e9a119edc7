def memory_retention(gamma_f):
    return np.prod(gamma_f, axis=2)
