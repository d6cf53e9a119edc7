
def rnn_step(xt, a_prev, parameters):
    a_next = np.tanh(parameters["Waa"] @ a_prev + parameters["Wax"] @ xt + parameters["ba"])
    z = parameters["Wya"] @ a_next + parameters["by"]
    e = np.exp(z)
    return a_next, e / np.sum(e, axis=1, keepdims=True)
