"""Forward propagation in a deep network: one loop over the layers, every example at once.

Layers 1 to L-1 use ReLU, layer L uses a sigmoid. Columns are examples: X has shape (n[0], m).
Write the function between the YOUR CODE markers.
"""

import numpy as np


def relu(Z):
    """max(0, Z), element by element (given)."""
    return np.maximum(0, Z)


def sigmoid(Z):
    """1 / (1 + e^(-Z)), element by element (given)."""
    return 1 / (1 + np.exp(-Z))


def forward_pass(X, parameters):
    """Run X through every layer and keep every layer's activation.

    For l = 1, ..., L:  Z[l] = W[l] A[l-1] + b[l],  A[l] = relu(Z[l]) for l < L and
    A[L] = sigmoid(Z[L]).  A[0] is X itself.

    Arguments:
    X -- input data, shape (n[0], m)
    parameters -- dict "W1", "b1", ..., "WL", "bL"

    Returns:
    activations -- list [A0, A1, ..., AL] of L + 1 arrays; A[l] has shape (n[l], m)
    """
    L = len(parameters) // 2

    # YOUR CODE STARTS HERE
    # stub: activations = None
    activations = [X]
    A = X
    for l in range(1, L + 1):
        Z = np.dot(parameters["W" + str(l)], A) + parameters["b" + str(l)]
        A = sigmoid(Z) if l == L else relu(Z)
        activations.append(A)
    # YOUR CODE ENDS HERE

    return activations
