def lstm_cell_forward(xt, a_prev, c_prev, parameters):
    p = parameters
    concat = np.concatenate((a_prev, xt), axis=0)
    ft = np.tanh(np.dot(p["Wf"], concat) + p["bf"])
    it = np.tanh(np.dot(p["Wi"], concat) + p["bi"])
    cct = np.tanh(np.dot(p["Wc"], concat) + p["bc"])
    c_next = ft * c_prev + it * cct
    ot = np.tanh(np.dot(p["Wo"], concat) + p["bo"])
    a_next = ot * np.tanh(c_next)
    yt_pred = softmax(np.dot(p["Wy"], a_next) + p["by"])
    cache = (a_next, c_next, a_prev, c_prev, ft, it, cct, ot, xt, parameters)
    return a_next, c_next, yt_pred, cache
