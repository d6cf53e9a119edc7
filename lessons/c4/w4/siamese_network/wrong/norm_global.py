import numpy as np


def l2_normalize(E):
    return E / np.linalg.norm(E)
