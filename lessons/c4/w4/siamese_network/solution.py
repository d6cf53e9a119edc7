"""A Siamese network: one encoder, applied to two images, compared by a distance.

Here images and encodings are stacked one per ROW: X of shape (m, n_x) holds m flattened
images. The encoder is a single shared layer followed by L2 normalisation,
f(x) = normalize(W x + b) with W of shape (n_e, n_x) (the course's (n[l], n[l-1])).
"""

import numpy as np


def l2_normalize(E):
    """Scale every row of E to length 1.

    Arguments:
    E -- numpy array of shape (m, n_e), one encoding per row

    Returns:
    E_norm -- same shape; each row divided by its own L2 norm
    """
    # YOUR CODE STARTS HERE
    # stub: E_norm = None
    norms = np.sqrt(np.sum(E ** 2, axis=1, keepdims=True))
    E_norm = E / norms
    # YOUR CODE ENDS HERE
    return E_norm


def encode(X, W, b):
    """The shared encoder f: one linear layer, then l2_normalize.

    Arguments:
    X -- images, numpy array of shape (m, n_x), one per row
    W -- weights, numpy array of shape (n_e, n_x)
    b -- bias, numpy array of shape (n_e,)

    Returns:
    F -- encodings, numpy array of shape (m, n_e), every row of length 1
    """
    # YOUR CODE STARTS HERE
    # stub: F = None
    Z = X @ W.T + b
    F = l2_normalize(Z)
    # YOUR CODE ENDS HERE
    return F


def siamese_distance(X1, X2, W, b):
    """Squared distance ||f(x1) - f(x2)||^2 for m pairs of images, with ONE shared encoder.

    Arguments:
    X1, X2 -- numpy arrays of shape (m, n_x); pair i is (X1[i], X2[i])
    W, b -- the encoder's parameters, shared by both branches

    Returns:
    d -- numpy array of shape (m,), the squared L2 distance of each pair
    """
    # YOUR CODE STARTS HERE
    # stub: d = None
    F1 = encode(X1, W, b)
    F2 = encode(X2, W, b)
    d = np.sum((F1 - F2) ** 2, axis=1)
    # YOUR CODE ENDS HERE
    return d
