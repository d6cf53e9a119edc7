
def rnn_unroll(x, a0, parameters):
    T_x = x.shape[1]
    a = np.zeros((parameters["Waa"].shape[0], T_x))
    y_hat = np.zeros((parameters["Wya"].shape[0], T_x))
    for t in range(T_x):
        a_next, yt_hat = rnn_step(x[:, t:t + 1], a0, parameters)
        a[:, t] = a_next[:, 0]
        y_hat[:, t] = yt_hat[:, 0]
    return a, y_hat
