import numpy as np


def localization_loss(Y_hat, Y):
    m = Y.shape[1]
    return float(np.sum((Y_hat - Y) ** 2) / m)
