def context_input(E, contexts):
    window, m = contexts.shape
    n_e = E.shape[0]
    x = np.zeros((window * n_e, m))
    for k in range(window):
        x[k * n_e:(k + 1) * n_e, :] = E[:, contexts[window - 1 - k]]
    return x
