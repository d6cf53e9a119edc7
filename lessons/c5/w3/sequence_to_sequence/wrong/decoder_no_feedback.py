import numpy as np


def decoder_step(a_prev, y_prev, parameters):
    a_next = np.tanh(np.dot(parameters["Daa"], a_prev) + parameters["Dba"])
    z = np.dot(parameters["Wya"], a_next) + parameters["by"]
    e = np.exp(z)
    y_hat = e / np.sum(e, axis=0, keepdims=True)
    return a_next, y_hat
