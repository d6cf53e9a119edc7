import numpy as np


def recognize(encoding, database, threshold=0.7):
    max_dist = -np.inf
    identity = None
    for name, stored in database.items():
        dist = float(np.linalg.norm(encoding - stored))
        if dist > max_dist:
            max_dist = dist
            identity = name
    if max_dist >= threshold:
        identity = None
    return max_dist, identity
