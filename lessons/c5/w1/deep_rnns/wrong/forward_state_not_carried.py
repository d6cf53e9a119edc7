def deep_rnn_forward(x, a0, parameters):
    L = len(parameters)
    m, T_x = x.shape[1], x.shape[2]
    a = [np.zeros((a0[l].shape[0], m, T_x)) for l in range(L)]
    for t in range(T_x):
        below = x[:, :, t]
        for l in range(L):
            stacked = np.concatenate((a0[l], below), axis=0)
            below = np.tanh(np.dot(parameters[l]["Wa"], stacked) + parameters[l]["ba"])
            a[l][:, :, t] = below
    return a
