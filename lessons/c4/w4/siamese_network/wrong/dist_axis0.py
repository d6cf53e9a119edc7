import numpy as np


def siamese_distance(X1, X2, W, b):
    F1 = encode(X1, W, b)
    F2 = encode(X2, W, b)
    return np.sum((F1 - F2) ** 2, axis=0)
