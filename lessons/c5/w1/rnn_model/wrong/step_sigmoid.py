
def rnn_step(xt, a_prev, parameters):
    z = parameters["Waa"] @ a_prev + parameters["Wax"] @ xt + parameters["ba"]
    a_next = 1 / (1 + np.exp(-z))
    return a_next, softmax(parameters["Wya"] @ a_next + parameters["by"])
