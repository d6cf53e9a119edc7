import numpy as np


def localization_loss(Y_hat, Y):
    m = Y.shape[1]
    squared = (Y_hat - Y) ** 2
    has_object = Y_hat[0:1, :] > 0.5
    per_example = squared[0, :] + np.sum(squared[1:, :] * has_object, axis=0)
    return float(np.sum(per_example) / m)
