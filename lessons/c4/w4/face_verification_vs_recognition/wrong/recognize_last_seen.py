import numpy as np


def recognize(encoding, database, threshold=0.7):
    min_dist = np.inf
    identity = None
    for name, stored in database.items():
        min_dist = float(np.linalg.norm(encoding - stored))
        identity = name
    if min_dist >= threshold:
        identity = None
    return min_dist, identity
