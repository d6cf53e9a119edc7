import numpy as np


def recognize(encoding, database, threshold=0.7):
    min_dist = np.inf
    identity = None
    for name, stored in database.items():
        dist = float(np.linalg.norm(encoding - stored))
        if dist < min_dist:
            min_dist = dist
            identity = name
    return min_dist, identity
