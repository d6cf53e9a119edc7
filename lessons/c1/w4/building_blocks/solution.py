"""Building blocks of deep neural networks: one layer's forward step and backward step.

The forward step stores what the backward step will need in a cache. Here the layer is
LINEAR -> RELU and the cache is the tuple (A_prev, W, b, Z). Columns are examples.
Write each function between the YOUR CODE markers.
"""

import numpy as np


def relu_block_forward(A_prev, W, b):
    """Forward step of a LINEAR -> RELU layer.

    Z = W A_prev + b,  A = max(0, Z).

    Arguments:
    A_prev -- activations of the previous layer, shape (n[l-1], m)
    W -- weights, shape (n[l], n[l-1])
    b -- biases, shape (n[l], 1)

    Returns:
    A -- the layer's output, shape (n[l], m)
    cache -- the tuple (A_prev, W, b, Z), in that order
    """
    # YOUR CODE STARTS HERE
    # stub: A, cache = None, None
    Z = np.dot(W, A_prev) + b
    A = np.maximum(0, Z)
    cache = (A_prev, W, b, Z)
    # YOUR CODE ENDS HERE
    return A, cache


def relu_block_backward(dA, cache):
    """Backward step of the same layer, using only dA and the cache.

    dZ = dA where Z > 0 and 0 elsewhere (Z == 0 included)
    dW = (1/m) dZ A_prev^T,  db = (1/m) sum of dZ over the examples,  dA_prev = W^T dZ

    Arguments:
    dA -- gradient of the cost with respect to this layer's output, shape (n[l], m)
    cache -- the tuple (A_prev, W, b, Z) from relu_block_forward

    Returns:
    dA_prev -- gradient with respect to A_prev, shape (n[l-1], m)
    dW -- gradient with respect to W, shape (n[l], n[l-1])
    db -- gradient with respect to b, shape (n[l], 1)
    """
    A_prev, W, b, Z = cache
    m = A_prev.shape[1]

    # YOUR CODE STARTS HERE
    # stub: dA_prev, dW, db = None, None, None
    dZ = dA * (Z > 0)
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ)
    # YOUR CODE ENDS HERE
    return dA_prev, dW, db
