"""One-shot learning: recognise people from ONE stored photo each, with a distance function.

Encodings are stacked one face per ROW: an array of shape (m, n) holds m faces, each
encoded as n numbers (n = 128 in the course).
"""

import numpy as np


def pairwise_distances(queries, gallery):
    """L2 distance d(q, g) between every query face and every gallery face.

    Arguments:
    queries -- encodings of the faces to identify, numpy array of shape (m, n)
    gallery -- one encoding per known person, numpy array of shape (k, n)

    Returns:
    D -- numpy array of shape (m, k); D[i, j] = ||queries[i] - gallery[j]||_2
    """
    # YOUR CODE STARTS HERE
    # stub: D = None
    diff = queries[:, np.newaxis, :] - gallery[np.newaxis, :, :]
    D = np.sqrt(np.sum(diff ** 2, axis=2))
    # YOUR CODE ENDS HERE
    return D


def one_shot_identify(queries, gallery, names, tau=0.7):
    """Name each query face after the closest gallery face, or None if nobody is close enough.

    Arguments:
    queries -- numpy array of shape (m, n)
    gallery -- numpy array of shape (k, n), one photo per person
    names -- list of k names, names[j] belongs to gallery[j]
    tau -- two faces are "the same person" when d <= tau

    Returns:
    identities -- list of m entries: a name from names, or None
    """
    # YOUR CODE STARTS HERE
    # stub: identities = None
    D = pairwise_distances(queries, gallery)
    best = np.argmin(D, axis=1)
    identities = []
    for i, j in enumerate(best):
        identities.append(names[j] if D[i, j] <= tau else None)
    # YOUR CODE ENDS HERE
    return identities
