def simplified_gru_step(c_prev, xt, parameters):
    concat = np.concatenate((xt, c_prev), axis=0)
    c_tilde = np.tanh(np.dot(parameters["Wc"], concat) + parameters["bc"])
    gamma_u = sigmoid(np.dot(parameters["Wu"], concat) + parameters["bu"])
    c_next = gamma_u * c_tilde + (1 - gamma_u) * c_prev
    return c_next, gamma_u, c_tilde
