def gru_step(c_prev, xt, parameters):
    concat = np.concatenate((c_prev, xt), axis=0)
    gamma_r = sigmoid(np.dot(parameters["Wr"], concat) + parameters["br"])
    c_tilde = gamma_r * np.tanh(np.dot(parameters["Wc"], concat) + parameters["bc"])
    gamma_u = sigmoid(np.dot(parameters["Wu"], concat) + parameters["bu"])
    c_next = gamma_u * c_tilde + (1 - gamma_u) * c_prev
    return c_next, gamma_u, gamma_r, c_tilde
