def rnn_cell_forward(xt, a_prev, parameters):
    a_next = np.tanh(np.dot(parameters["Waa"], a_prev) + np.dot(parameters["Wax"], xt)
                     + parameters["ba"])
    z = np.dot(parameters["Wya"], a_next) + parameters["by"]
    yt_pred = np.exp(z) / np.sum(np.exp(z), axis=1, keepdims=True)
    cache = (a_next, a_prev, xt, parameters)
    return a_next, yt_pred, cache
