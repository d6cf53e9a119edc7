"""Understanding dropout: what it does to one unit's output, and switching it off at test time.

Write the two functions between the YOUR CODE markers.
"""

import numpy as np


def relu(Z):
    """Given: the ReLU activation."""
    return np.maximum(0, Z)


def sigmoid(Z):
    """Given: the sigmoid activation."""
    return 1 / (1 + np.exp(-Z))


def dropout_moments(w, a, keep_prob):
    """Mean and variance of one unit's input z = sum_i w_i * (d_i / keep_prob) * a_i when the
    units a_i of the previous layer go through inverted dropout (d_i is 1 with probability
    keep_prob, 0 otherwise, independently).

        mean     = sum_i w_i a_i
        variance = (1 - keep_prob) / keep_prob * sum_i (w_i a_i)^2

    Arguments:
    w -- the unit's weights, numpy array of shape (1, n)
    a -- the previous layer's activations for one example, numpy array of shape (n, 1)
    keep_prob -- the probability of keeping each unit, a float in (0, 1]

    Returns:
    moments -- the tuple (mean, variance) of two floats
    """
    # YOUR CODE STARTS HERE
    # stub: moments = None
    contributions = w.T * a
    mean = float(np.sum(contributions))
    variance = float((1 - keep_prob) / keep_prob * np.sum(contributions ** 2))
    moments = (mean, variance)
    # YOUR CODE ENDS HERE
    return moments


def forward_with_dropout(X, parameters, keep_probs, training=True, seed=0):
    """Forward pass of an L-layer network: [LINEAR -> RELU] * (L-1) -> LINEAR -> SIGMOID,
    with inverted dropout on the hidden layers during training only.

    When training, call np.random.seed(seed) once, then for each hidden layer l = 1..L-1 in
    order, right after its ReLU:
        D = np.random.rand(A.shape[0], A.shape[1]) < keep_probs[l - 1]
        A = A * D / keep_probs[l - 1]
    The output layer is never dropped. When not training, no mask and no scaling at all.

    Arguments:
    X -- input data, numpy array of shape (n[0], m)
    parameters -- dict with "W1", "b1", ..., "WL", "bL"; W[l] has shape (n[l], n[l-1])
    keep_probs -- a list of L-1 floats, the keep_prob of each hidden layer
    training -- True during training, False to make predictions
    seed -- the seed for the masks, an int

    Returns:
    AL -- the output of the sigmoid, shape (n[L], m)
    """
    L = len(parameters) // 2
    # YOUR CODE STARTS HERE
    # stub: AL = None
    if training:
        np.random.seed(seed)
    A = X
    for layer in range(1, L):
        A = relu(np.dot(parameters["W" + str(layer)], A) + parameters["b" + str(layer)])
        if training:
            keep_prob = keep_probs[layer - 1]
            D = np.random.rand(A.shape[0], A.shape[1]) < keep_prob
            A = A * D / keep_prob
    AL = sigmoid(np.dot(parameters["W" + str(L)], A) + parameters["b" + str(L)])
    # YOUR CODE ENDS HERE
    return AL
