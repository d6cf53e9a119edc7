"""Fitting batch norm into a neural network: where it sits in a layer, and what it replaces.

Write bn_layer_forward and count_parameters between the YOUR CODE markers. Columns are
examples: A_prev has shape (n[l-1], m) and W has shape (n[l], n[l-1]).
"""

import numpy as np


def relu(Z):
    """ReLU (given): max(0, z) element by element."""
    return np.maximum(0, Z)


def sigmoid(Z):
    """Sigmoid (given): 1 / (1 + e^(-z)) element by element."""
    return 1 / (1 + np.exp(-Z))


def batchnorm(Z, gamma, beta, epsilon=1e-8):
    """Batch norm over the examples (given: you wrote it in the previous lesson).

    Arguments:
    Z -- pre-activations, shape (n, m)
    gamma, beta -- learnable scale and shift, shape (n, 1)

    Returns:
    Z_tilde -- gamma * (Z - mu) / sqrt(var + epsilon) + beta, shape (n, m)
    """
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
    return gamma * (Z - mu) / np.sqrt(var + epsilon) + beta


def bn_layer_forward(A_prev, W, gamma, beta, activation="relu", epsilon=1e-8):
    """Forward pass of one layer with batch norm: linear step, batch norm, then activation.

    Z = W A_prev                       (no bias b: batch norm would cancel it; beta replaces it)
    Z_tilde = batchnorm(Z, gamma, beta, epsilon)
    A = g(Z_tilde)                     g is relu or sigmoid

    Arguments:
    A_prev -- activations of the previous layer, shape (n[l-1], m)
    W -- weights, shape (n[l], n[l-1])
    gamma -- batch norm scale, shape (n[l], 1)
    beta -- batch norm shift, shape (n[l], 1)
    activation -- "relu" or "sigmoid"
    epsilon -- passed on to batchnorm

    Returns:
    A -- the layer's activations, shape (n[l], m)
    cache -- a dictionary with the keys "Z" and "Z_tilde"
    """
    # YOUR CODE STARTS HERE
    # stub: A, cache = None, None
    Z = np.dot(W, A_prev)
    Z_tilde = batchnorm(Z, gamma, beta, epsilon)
    A = relu(Z_tilde) if activation == "relu" else sigmoid(Z_tilde)
    cache = {"Z": Z, "Z_tilde": Z_tilde}
    # YOUR CODE ENDS HERE
    return A, cache


def count_parameters(layer_dims, batch_norm):
    """The number of learnable parameters of a fully connected network.

    layer_dims[0] is the input size n[0]; layers l = 1 .. L have n[l] = layer_dims[l] units.
    Every layer has weights W[l] of shape (n[l], n[l-1]). Without batch norm it also has a
    bias b[l] of shape (n[l], 1). With batch norm (in every layer 1 .. L) it has no bias, but
    a gamma[l] and a beta[l], each of shape (n[l], 1).

    Arguments:
    layer_dims -- list of layer sizes [n[0], n[1], ..., n[L]]
    batch_norm -- True if every layer uses batch norm

    Returns:
    total -- the number of learnable parameters, an int
    """
    # YOUR CODE STARTS HERE
    # stub: total = None
    total = 0
    for l in range(1, len(layer_dims)):
        total += layer_dims[l] * layer_dims[l - 1]
        total += 2 * layer_dims[l] if batch_norm else layer_dims[l]
    # YOUR CODE ENDS HERE
    return total
