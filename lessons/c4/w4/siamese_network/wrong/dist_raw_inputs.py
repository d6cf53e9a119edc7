import numpy as np


def siamese_distance(X1, X2, W, b):
    return np.sum((X1 - X2) ** 2, axis=1)
