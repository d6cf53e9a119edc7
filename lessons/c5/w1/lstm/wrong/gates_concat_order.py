def lstm_gates(a_prev, xt, parameters):
    concat = np.concatenate((xt, a_prev), axis=0)
    gamma_f = sigmoid(np.dot(parameters["Wf"], concat) + parameters["bf"])
    gamma_u = sigmoid(np.dot(parameters["Wu"], concat) + parameters["bu"])
    gamma_o = sigmoid(np.dot(parameters["Wo"], concat) + parameters["bo"])
    c_tilde = np.tanh(np.dot(parameters["Wc"], concat) + parameters["bc"])
    return gamma_f, gamma_u, gamma_o, c_tilde
