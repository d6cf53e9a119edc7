"""Vectorizing across multiple examples: the whole training set in one pass.

The examples are the COLUMNS of X, shape (n_x, m). sigmoid is given; both layers use it.
Write the two functions between the YOUR CODE markers.
"""

import numpy as np


def sigmoid(z):
    """Sigmoid of z, element by element."""
    return 1 / (1 + np.exp(-z))


def forward_loop(X, parameters):
    """The 2-layer network's outputs for m examples, one example at a time.

    Arguments:
    X -- input data, shape (n_x, m): column i is example x(i)
    parameters -- a dict with "W1" (n_h, n_x), "b1" (n_h, 1), "W2" (n_y, n_h), "b2" (n_y, 1)

    Returns:
    A2 -- shape (n_y, m): column i is the output a[2](i) for example i
    """
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    m = X.shape[1]
    A2 = np.zeros((W2.shape[0], m))
    # YOUR CODE STARTS HERE
    for i in range(m):
        x = X[:, i:i + 1]
        a1 = sigmoid(np.dot(W1, x) + b1)
        a2 = sigmoid(np.dot(W2, a1) + b2)
        A2[:, i:i + 1] = a2
    # YOUR CODE ENDS HERE
    return A2


def forward_vectorized(X, parameters):
    """The same outputs with no loop: matrices whose columns are the examples.

    Arguments:
    X -- input data, shape (n_x, m)
    parameters -- a dict with "W1", "b1", "W2", "b2" as in forward_loop

    Returns:
    A2 -- shape (n_y, m)
    cache -- a dict {"Z1", "A1", "Z2", "A2"}; Z1 and A1 have shape (n_h, m), Z2 and A2 (n_y, m)
    """
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    # YOUR CODE STARTS HERE
    # stub: A2 = None
    # stub: cache = None
    Z1 = np.dot(W1, X) + b1
    A1 = sigmoid(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    # YOUR CODE ENDS HERE
    return A2, cache
