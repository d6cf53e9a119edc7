import numpy as np


def repeat_and_concat(s_prev, a):
    repeated = np.repeat(s_prev[np.newaxis, :], a.shape[0], axis=0)
    return np.concatenate([a, repeated], axis=1)
