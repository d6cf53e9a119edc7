import numpy as np


def pair_features(F1, F2, kind="abs", eps=1e-8):
    if kind == "abs":
        return np.abs(F1 - F2)
    return np.abs(F1 - F2) / (F1 + F2 + eps)
