"""Backpropagation intuition: the chain rule, from the loss back to W1.

The network has a tanh hidden layer and a sigmoid output; forward_pass is given. Write the
two functions between the YOUR CODE markers. Both return a dict with "dW1", "db1", "dW2",
"db2", each of the same shape as its parameter.
"""

import numpy as np


def forward_pass(X, parameters):
    """Z1 = W1 X + b1, A1 = tanh(Z1), Z2 = W2 A1 + b2, A2 = sigmoid(Z2); returns (A2, cache)."""
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def backward_one_example(parameters, cache, x, y):
    """Gradients of the LOSS L(a2, y) of one example.

    Arguments:
    parameters -- a dict with "W1" (n_h, n_x), "b1" (n_h, 1), "W2" (1, n_h), "b2" (1, 1)
    cache -- forward_pass(x, parameters)[1]: "A1" has shape (n_h, 1), "A2" (1, 1)
    x -- one example, shape (n_x, 1)
    y -- its label, shape (1, 1)

    Returns:
    grads -- {"dW1": dz1 x^T, "db1": dz1, "dW2": dz2 a1^T, "db2": dz2}
             where dz2 = a2 - y and dz1 = W2^T dz2 * (1 - a1^2)
    """
    # YOUR CODE STARTS HERE
    # stub: grads = None
    a1, a2 = cache["A1"], cache["A2"]
    dz2 = a2 - y
    dW2 = np.dot(dz2, a1.T)
    db2 = dz2
    dz1 = np.dot(parameters["W2"].T, dz2) * (1 - a1 ** 2)
    dW1 = np.dot(dz1, x.T)
    db1 = dz1
    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    # YOUR CODE ENDS HERE
    return grads


def backward_vectorized(parameters, cache, X, Y):
    """Gradients of the COST J = (1/m) sum of the m losses, all examples at once.

    Arguments:
    parameters -- a dict with "W1", "b1", "W2", "b2"
    cache -- forward_pass(X, parameters)[1]: "A1" (n_h, m), "A2" (1, m)
    X -- inputs, shape (n_x, m)
    Y -- labels, shape (1, m)

    Returns:
    grads -- {"dW1", "db1", "dW2", "db2"}, the averages over the m examples
    """
    # YOUR CODE STARTS HERE
    # stub: grads = None
    m = X.shape[1]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = np.dot(dZ2, A1.T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(parameters["W2"].T, dZ2) * (1 - A1 ** 2)
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    # YOUR CODE ENDS HERE
    return grads
