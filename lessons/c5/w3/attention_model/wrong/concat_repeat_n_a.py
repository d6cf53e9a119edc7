import numpy as np


def repeat_and_concat(s_prev, a):
    repeated = np.repeat(s_prev[np.newaxis, :], a.shape[1], axis=0)
    return np.concatenate([repeated, a], axis=1)
