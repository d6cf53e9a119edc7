import numpy as np


def encode(X, W, b):
    return l2_normalize(np.dot(X, W) + b)
