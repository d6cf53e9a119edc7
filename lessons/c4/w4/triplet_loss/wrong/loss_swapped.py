import numpy as np


def triplet_loss(anchor, positive, negative, alpha=0.2):
    pos_dist = np.sum((anchor - positive) ** 2, axis=1)
    neg_dist = np.sum((anchor - negative) ** 2, axis=1)
    return float(np.sum(np.maximum(neg_dist - pos_dist + alpha, 0.0)))
