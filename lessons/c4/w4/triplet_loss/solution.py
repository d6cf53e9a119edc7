"""The triplet loss and the choice of hard triplets.

Encodings are stacked one per ROW: anchor, positive and negative are (m, n) arrays, row i of
each forming the triplet (A(i), P(i), N(i)).
"""

import numpy as np


def triplet_loss(anchor, positive, negative, alpha=0.2):
    """Triplet loss summed over a batch of m triplets.

    Arguments:
    anchor -- encodings of the anchor images, numpy array of shape (m, n)
    positive -- encodings of the same people as the anchors, shape (m, n)
    negative -- encodings of different people, shape (m, n)
    alpha -- the margin

    Returns:
    loss -- sum over i of max(||A(i) - P(i)||^2 - ||A(i) - N(i)||^2 + alpha, 0), a float
    """
    # YOUR CODE STARTS HERE
    # stub: loss = None
    pos_dist = np.sum((anchor - positive) ** 2, axis=1)
    neg_dist = np.sum((anchor - negative) ** 2, axis=1)
    basic_loss = pos_dist - neg_dist + alpha
    loss = float(np.sum(np.maximum(basic_loss, 0.0)))
    # YOUR CODE ENDS HERE
    return loss


def hardest_negatives(anchor, anchor_labels, pool, pool_labels):
    """For every anchor, the index of the closest pool encoding of a DIFFERENT person.

    Arguments:
    anchor -- numpy array of shape (m, n)
    anchor_labels -- identity of each anchor, integer array of shape (m,)
    pool -- candidate encodings, numpy array of shape (k, n)
    pool_labels -- identity of each candidate, integer array of shape (k,)

    Returns:
    idx -- integer numpy array of shape (m,): idx[i] indexes pool, with
           pool_labels[idx[i]] != anchor_labels[i] and the smallest squared distance to anchor[i]
    """
    # YOUR CODE STARTS HERE
    # stub: idx = None
    dist = np.sum((anchor[:, np.newaxis, :] - pool[np.newaxis, :, :]) ** 2, axis=2)
    same = anchor_labels[:, np.newaxis] == pool_labels[np.newaxis, :]
    dist = np.where(same, np.inf, dist)
    idx = np.argmin(dist, axis=1)
    # YOUR CODE ENDS HERE
    return idx
