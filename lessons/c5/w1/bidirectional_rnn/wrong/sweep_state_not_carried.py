def rnn_sweep(x, a0, parameters, reverse=False):
    n_a, m = a0.shape
    T_x = x.shape[2]
    a = np.zeros((n_a, m, T_x))
    for t in range(T_x):
        a[:, :, t] = rnn_cell_step(x[:, :, t], a0, parameters)
    return a
