
def rnn_unroll(x, a0, parameters):
    T_x = x.shape[1]
    a = np.zeros((parameters["Waa"].shape[0], T_x))
    y_hat = np.zeros((parameters["Wya"].shape[0], T_x))
    a_prev = a0
    for t in range(T_x):
        a_next, yt_hat = rnn_step(x[:, t:t + 1], a_prev, parameters)
        a[:, t] = a_prev[:, 0]
        y_hat[:, t] = yt_hat[:, 0]
        a_prev = a_next
    return a, y_hat
