import numpy as np


def pairwise_distances(queries, gallery):
    diff = gallery[:, np.newaxis, :] - queries[np.newaxis, :, :]
    return np.sqrt(np.sum(diff ** 2, axis=2))
