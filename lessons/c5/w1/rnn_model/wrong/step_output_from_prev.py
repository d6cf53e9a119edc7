
def rnn_step(xt, a_prev, parameters):
    a_next = np.tanh(parameters["Waa"] @ a_prev + parameters["Wax"] @ xt + parameters["ba"])
    return a_next, softmax(parameters["Wya"] @ a_prev + parameters["by"])
