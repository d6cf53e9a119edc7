"""The content cost of neural style transfer, on numpy activations.

Activations of one hidden layer for one image have shape (1, n_H, n_W, n_C).
"""

import numpy as np


def unroll_activations(a):
    """Unroll an activation volume into one row per channel.

    Arguments:
    a -- numpy array of shape (1, n_H, n_W, n_C)

    Returns:
    A -- numpy array of shape (n_C, n_H * n_W); row c lists channel c's values position by
         position, row-major: A[c, h * n_W + w] = a[0, h, w, c]
    """
    # YOUR CODE STARTS HERE
    # stub: A = None
    _, n_H, n_W, n_C = a.shape
    A = a.reshape(n_H * n_W, n_C).T
    # YOUR CODE ENDS HERE
    return A


def compute_content_cost(a_C, a_G):
    """The content cost J_content(C, G).

    Arguments:
    a_C -- activations of the content image at the chosen layer, shape (1, n_H, n_W, n_C)
    a_G -- activations of the generated image at the same layer, same shape

    Returns:
    J_content -- (1 / (4 n_H n_W n_C)) * sum of (a_C - a_G)^2 over all entries, a float
    """
    # YOUR CODE STARTS HERE
    # stub: J_content = None
    _, n_H, n_W, n_C = a_G.shape
    J_content = float(np.sum((a_C - a_G) ** 2) / (4 * n_H * n_W * n_C))
    # YOUR CODE ENDS HERE
    return J_content
