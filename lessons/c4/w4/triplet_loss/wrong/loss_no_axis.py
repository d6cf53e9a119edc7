import numpy as np


def triplet_loss(anchor, positive, negative, alpha=0.2):
    pos_dist = np.sum((anchor - positive) ** 2)
    neg_dist = np.sum((anchor - negative) ** 2)
    return float(np.sum(np.maximum(pos_dist - neg_dist + alpha, 0.0)))
