
def rnn_step(xt, a_prev, parameters):
    a_next = np.tanh(parameters["Waa"] @ a_prev + parameters["Wax"] @ xt)
    return a_next, softmax(parameters["Wya"] @ a_next + parameters["by"])
