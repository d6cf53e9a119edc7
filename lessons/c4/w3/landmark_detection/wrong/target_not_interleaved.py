import numpy as np


def landmark_target(has_face, points):
    n = points.shape[0]
    y = np.zeros((1 + 2 * n, 1))
    if has_face:
        y[0, 0] = 1.0
        y[1:, 0] = points.T.reshape(-1)
    return y
