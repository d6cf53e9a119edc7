import numpy as np


def similarity_scores(query, keys):
    return np.linalg.norm(keys - query, axis=1)
