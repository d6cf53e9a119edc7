import numpy as np


def context_vectors(alphas, a):
    return np.tile(np.mean(a, axis=0), (alphas.shape[0], 1))
