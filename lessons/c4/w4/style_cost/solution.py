"""The style cost of neural style transfer: Gram matrices compared layer by layer.

Activations of one hidden layer for one image have shape (1, n_H, n_W, n_C).
"""

import numpy as np


def gram_matrix(A):
    """Gram matrix of unrolled activations: every channel's correlation with every other.

    Arguments:
    A -- unrolled activations, numpy array of shape (n_C, n_H * n_W)

    Returns:
    GA -- numpy array of shape (n_C, n_C), GA = A A^T
    """
    # YOUR CODE STARTS HERE
    # stub: GA = None
    GA = A @ A.T
    # YOUR CODE ENDS HERE
    return GA


def compute_layer_style_cost(a_S, a_G):
    """Style cost of one layer.

    Arguments:
    a_S -- activations of the style image, numpy array of shape (1, n_H, n_W, n_C)
    a_G -- activations of the generated image, same shape

    Returns:
    J_style_layer -- (1 / (4 n_C^2 (n_H n_W)^2)) * sum of (G_S - G_G)^2, a float
    """
    # YOUR CODE STARTS HERE
    # stub: J_style_layer = None
    _, n_H, n_W, n_C = a_G.shape
    S = a_S.reshape(n_H * n_W, n_C).T
    G = a_G.reshape(n_H * n_W, n_C).T
    GS = gram_matrix(S)
    GG = gram_matrix(G)
    J_style_layer = float(np.sum((GS - GG) ** 2) / (4 * n_C ** 2 * (n_H * n_W) ** 2))
    # YOUR CODE ENDS HERE
    return J_style_layer


def compute_style_cost(activation_pairs, layer_weights):
    """Style cost over several layers: sum over l of lambda[l] * J_style_layer[l].

    Arguments:
    activation_pairs -- list of (a_S, a_G) tuples, one per chosen layer
    layer_weights -- list of the weights lambda[l], one per layer

    Returns:
    J_style -- a float
    """
    # YOUR CODE STARTS HERE
    # stub: J_style = None
    J_style = 0.0
    for (a_S, a_G), weight in zip(activation_pairs, layer_weights, strict=True):
        J_style += weight * compute_layer_style_cost(a_S, a_G)
    # YOUR CODE ENDS HERE
    return J_style
