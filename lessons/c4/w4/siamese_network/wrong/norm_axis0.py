import numpy as np


def l2_normalize(E):
    return E / np.sqrt(np.sum(E ** 2, axis=0, keepdims=True))
