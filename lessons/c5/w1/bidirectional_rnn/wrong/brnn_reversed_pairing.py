def brnn_forward(x, a0_f, a0_b, parameters_f, parameters_b, Wy, by):
    a_f = rnn_sweep(x, a0_f, parameters_f, reverse=False)
    a_b = rnn_sweep(x, a0_b, parameters_b, reverse=True)
    T_x = x.shape[2]
    y_hat = np.zeros((Wy.shape[0], x.shape[1], T_x))
    for t in range(T_x):
        both = np.concatenate((a_f[:, :, t], a_b[:, :, T_x - 1 - t]), axis=0)
        y_hat[:, :, t] = softmax(np.dot(Wy, both) + by)
    return y_hat, a_f, a_b
