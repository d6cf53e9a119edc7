def rnn_sweep(x, a0, parameters, reverse=False):
    n_a, m = a0.shape
    T_x = x.shape[2]
    a = np.zeros((n_a, m, T_x))
    a_prev = a0
    for t in range(T_x):
        a_prev = rnn_cell_step(x[:, :, t], a_prev, parameters)
        a[:, :, t] = a_prev
    return a
