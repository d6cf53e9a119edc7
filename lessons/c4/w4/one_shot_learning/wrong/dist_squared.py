import numpy as np


def pairwise_distances(queries, gallery):
    diff = queries[:, np.newaxis, :] - gallery[np.newaxis, :, :]
    return np.sum(diff ** 2, axis=2)
