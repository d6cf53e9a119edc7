import numpy as np


def hardest_negatives(anchor, anchor_labels, pool, pool_labels):
    dist = np.sum((anchor[:, np.newaxis, :] - pool[np.newaxis, :, :]) ** 2, axis=2)
    dist = np.where(anchor_labels[:, np.newaxis] == pool_labels[np.newaxis, :], 0.0, dist)
    return np.argmin(dist, axis=1)
