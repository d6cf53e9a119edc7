def context_input(E, contexts):
    return E[:, contexts].reshape(-1, contexts.shape[1])
