import numpy as np


def context_vectors(alphas, a):
    return np.dot(alphas.T, a)
