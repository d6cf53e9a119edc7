def deep_rnn_forward(x, a0, parameters):
    L = len(parameters)
    m, T_x = x.shape[1], x.shape[2]
    a = [np.zeros((a0[l].shape[0], m, T_x)) for l in range(L)]
    a_prev = list(a0)
    for t in range(T_x):
        for l in reversed(range(L)):
            below = x[:, :, t] if l == 0 else a_prev[l - 1]
            stacked = np.concatenate((a_prev[l], below), axis=0)
            a_prev[l] = np.tanh(np.dot(parameters[l]["Wa"], stacked) + parameters[l]["ba"])
            a[l][:, :, t] = a_prev[l]
    return a
