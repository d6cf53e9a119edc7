"""Why do you need non-linear activation functions? Proof by code.

Without an activation function (g(z) = z) a layer is a linear map x -> W x + b. Show that a
stack of such layers is ONE linear map: find its W and b. Write the two functions between
the YOUR CODE markers.
"""

import numpy as np


def linear_forward(X, layers):
    """Run X through layers with NO activation function: A = W A + b for each (W, b) in turn."""
    A = X
    for W, b in layers:
        A = np.dot(W, A) + b
    return A


def collapse_two_linear_layers(W1, b1, W2, b2):
    """The single layer (W, b) that computes exactly what two linear layers compute.

    Arguments:
    W1 -- first layer's weights, shape (n1, n0)
    b1 -- first layer's biases, shape (n1, 1)
    W2 -- second layer's weights, shape (n2, n1)
    b2 -- second layer's biases, shape (n2, 1)

    Returns:
    W -- shape (n2, n0)
    b -- shape (n2, 1)
    such that W x + b = W2 (W1 x + b1) + b2 for every x
    """
    # YOUR CODE STARTS HERE
    # stub: W = None
    # stub: b = None
    W = np.dot(W2, W1)
    b = np.dot(W2, b1) + b2
    # YOUR CODE ENDS HERE
    return W, b


def collapse_linear_network(layers):
    """The single layer (W, b) equivalent to a whole stack of linear layers.

    Arguments:
    layers -- a non-empty list of pairs (W, b) in forward order: layers[0] reads the input

    Returns:
    W, b -- one weight matrix and one bias column with W x + b = linear_forward(x, layers)
    """
    # YOUR CODE STARTS HERE
    # stub: W = None
    # stub: b = None
    W, b = layers[0]
    for W_next, b_next in layers[1:]:
        W, b = collapse_two_linear_layers(W, b, W_next, b_next)
    # YOUR CODE ENDS HERE
    return W, b
