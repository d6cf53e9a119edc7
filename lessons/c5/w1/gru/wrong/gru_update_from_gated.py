def gru_step(c_prev, xt, parameters):
    concat = np.concatenate((c_prev, xt), axis=0)
    gamma_r = sigmoid(np.dot(parameters["Wr"], concat) + parameters["br"])
    gated = np.concatenate((gamma_r * c_prev, xt), axis=0)
    c_tilde = np.tanh(np.dot(parameters["Wc"], gated) + parameters["bc"])
    gamma_u = sigmoid(np.dot(parameters["Wu"], gated) + parameters["bu"])
    c_next = gamma_u * c_tilde + (1 - gamma_u) * c_prev
    return c_next, gamma_u, gamma_r, c_tilde
