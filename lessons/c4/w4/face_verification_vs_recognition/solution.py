"""Face verification (1:1) and face recognition (1:K) over precomputed face encodings.

Each face has already been turned into an encoding: a 1-D numpy vector (128 numbers in the
course). Two encodings that are close belong, we hope, to the same person.
"""

import numpy as np


def verify(encoding, identity_encoding, threshold=0.7):
    """Face verification: is this the person they claim to be?

    Arguments:
    encoding -- encoding of the face at the door, numpy array of shape (n,)
    identity_encoding -- stored encoding of the claimed identity, shape (n,)
    threshold -- largest distance still accepted as the same person

    Returns:
    dist -- the L2 distance ||encoding - identity_encoding||, a float
    is_match -- True when dist < threshold, a Python bool
    """
    # YOUR CODE STARTS HERE
    # stub: dist = None
    # stub: is_match = None
    dist = float(np.linalg.norm(encoding - identity_encoding))
    is_match = bool(dist < threshold)
    # YOUR CODE ENDS HERE
    return dist, is_match


def recognize(encoding, database, threshold=0.7):
    """Face recognition: who is this, if anyone we know?

    Arguments:
    encoding -- encoding of the unknown face, numpy array of shape (n,)
    database -- dict mapping a name to that person's encoding (shape (n,))
    threshold -- largest distance still accepted as a known person

    Returns:
    min_dist -- distance to the closest person in the database, a float
    identity -- that person's name, or None when min_dist >= threshold
    """
    # YOUR CODE STARTS HERE
    # stub: min_dist = None
    # stub: identity = None
    min_dist = np.inf
    identity = None
    for name, stored in database.items():
        dist = float(np.linalg.norm(encoding - stored))
        if dist < min_dist:
            min_dist = dist
            identity = name
    if min_dist >= threshold:
        identity = None
    # YOUR CODE ENDS HERE
    return min_dist, identity
