def context_input(E, contexts):
    return np.mean(E[:, contexts], axis=1)
