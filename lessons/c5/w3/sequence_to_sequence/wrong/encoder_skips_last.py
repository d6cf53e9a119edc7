import numpy as np


def encoder_forward(X, parameters):
    Wax, Waa, ba = parameters["Wax"], parameters["Waa"], parameters["ba"]
    a = np.zeros((Waa.shape[0], X.shape[1]))
    for t in range(X.shape[2] - 1):
        a = np.tanh(np.dot(Waa, a) + np.dot(Wax, X[:, :, t]) + ba)
    return a
