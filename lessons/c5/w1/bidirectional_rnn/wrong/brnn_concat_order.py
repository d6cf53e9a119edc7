def brnn_forward(x, a0_f, a0_b, parameters_f, parameters_b, Wy, by):
    a_f = rnn_sweep(x, a0_f, parameters_f, reverse=False)
    a_b = rnn_sweep(x, a0_b, parameters_b, reverse=True)
    y_hat = np.zeros((Wy.shape[0], x.shape[1], x.shape[2]))
    for t in range(x.shape[2]):
        both = np.concatenate((a_b[:, :, t], a_f[:, :, t]), axis=0)
        y_hat[:, :, t] = softmax(np.dot(Wy, both) + by)
    return y_hat, a_f, a_b
