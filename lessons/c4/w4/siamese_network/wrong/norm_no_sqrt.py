import numpy as np


def l2_normalize(E):
    return E / np.sum(E ** 2, axis=1, keepdims=True)
