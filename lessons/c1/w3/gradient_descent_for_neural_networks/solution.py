"""Gradient descent for neural networks: repeat forward, cost, backward, update.

The network has a tanh hidden layer and a sigmoid output. forward_pass, cross_entropy_cost
and backward_pass are given (the next lesson derives backward_pass). Write the two functions
between the YOUR CODE markers.
"""

import numpy as np


def forward_pass(X, parameters):
    """Z1 = W1 X + b1, A1 = tanh(Z1), Z2 = W2 A1 + b2, A2 = sigmoid(Z2); returns (A2, cache)."""
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def cross_entropy_cost(A2, Y):
    """J = -(1/m) sum(Y log A2 + (1 - Y) log(1 - A2)), as a Python float."""
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m)


def backward_pass(parameters, cache, X, Y):
    """The gradients dW1, db1, dW2, db2 of the cost, in a dict (shapes match the parameters)."""
    m = X.shape[1]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = np.dot(dZ2, A1.T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(parameters["W2"].T, dZ2) * (1 - A1 ** 2)
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def gradient_descent_update(parameters, grads, learning_rate):
    """One gradient-descent step on every parameter, without touching the input dict.

    Arguments:
    parameters -- a dict with "W1", "b1", "W2", "b2"
    grads -- a dict with "dW1", "db1", "dW2", "db2" (same shapes)
    learning_rate -- the step size alpha

    Returns:
    new_parameters -- a NEW dict: each theta replaced by theta - learning_rate * d_theta;
                      the arrays in `parameters` must stay unchanged
    """
    # YOUR CODE STARTS HERE
    # stub: new_parameters = None
    new_parameters = {}
    for name in ("W1", "b1", "W2", "b2"):
        new_parameters[name] = parameters[name] - learning_rate * grads["d" + name]
    # YOUR CODE ENDS HERE
    return new_parameters


def train_steps(X, Y, parameters, learning_rate, num_steps):
    """Run num_steps iterations of gradient descent.

    Arguments:
    X -- inputs, shape (n_x, m)
    Y -- labels, shape (1, m)
    parameters -- the starting parameters (a dict)
    learning_rate -- the step size alpha
    num_steps -- how many iterations to run

    Returns:
    parameters -- the parameters after num_steps updates
    costs -- a list of num_steps floats: costs[i] is the cost at the START of step i,
             computed from the forward pass of that step
    """
    costs = []
    # YOUR CODE STARTS HERE
    for _ in range(num_steps):
        A2, cache = forward_pass(X, parameters)
        costs.append(cross_entropy_cost(A2, Y))
        grads = backward_pass(parameters, cache, X, Y)
        parameters = gradient_descent_update(parameters, grads, learning_rate)
    # YOUR CODE ENDS HERE
    return parameters, costs
