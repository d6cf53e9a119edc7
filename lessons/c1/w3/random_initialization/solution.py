"""Random initialization: why all-equal starting weights can never learn, and the fix.

forward_pass, backward_pass and train are given (tanh hidden layer, sigmoid output). Write
the two functions between the YOUR CODE markers.
"""

import numpy as np


def forward_pass(X, parameters):
    """Z1 = W1 X + b1, A1 = tanh(Z1), Z2 = W2 A1 + b2, A2 = sigmoid(Z2); returns (A2, cache)."""
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def backward_pass(parameters, cache, X, Y):
    """The gradients dW1, db1, dW2, db2 of the cross-entropy cost."""
    m = X.shape[1]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dZ1 = np.dot(parameters["W2"].T, dZ2) * (1 - A1 ** 2)
    return {"dW1": np.dot(dZ1, X.T) / m, "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
            "dW2": np.dot(dZ2, A1.T) / m, "db2": np.sum(dZ2, axis=1, keepdims=True) / m}


def train(X, Y, parameters, learning_rate, num_steps):
    """Plain gradient descent; returns the trained parameters (a new dict)."""
    for _ in range(num_steps):
        _, cache = forward_pass(X, parameters)
        grads = backward_pass(parameters, cache, X, Y)
        parameters = {k: v - learning_rate * grads["d" + k] for k, v in parameters.items()}
    return parameters


def initialize_random(n_x, n_h, n_y, seed=2):
    """Small random weights, zero biases.

    Arguments:
    n_x -- size of the input layer
    n_h -- size of the hidden layer
    n_y -- size of the output layer
    seed -- call np.random.seed(seed) first, so the result is reproducible

    Returns:
    parameters -- a dict with
        "W1": np.random.randn(n_h, n_x) * 0.01   (drawn first)
        "b1": zeros of shape (n_h, 1)
        "W2": np.random.randn(n_y, n_h) * 0.01   (drawn second)
        "b2": zeros of shape (n_y, 1)
    """
    # YOUR CODE STARTS HERE
    # stub: parameters = None
    np.random.seed(seed)
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    # YOUR CODE ENDS HERE
    return parameters


def hidden_units_identical(W1, tol=1e-10):
    """Are all hidden units the same unit? (Row j of W1 holds hidden unit j's weights.)

    Arguments:
    W1 -- hidden-layer weights, shape (n_h, n_x)
    tol -- how far apart two numbers may be and still count as equal

    Returns:
    identical -- True if every row of W1 is within tol of the first row, entry by entry
                 (compare absolute differences); otherwise False
    """
    # YOUR CODE STARTS HERE
    # stub: identical = None
    identical = bool(np.all(np.abs(W1 - W1[0:1, :]) <= tol))
    # YOUR CODE ENDS HERE
    return identical
