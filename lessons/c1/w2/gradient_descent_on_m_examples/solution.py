"""Gradient descent on m examples: average the one-example derivatives with a for loop.

(A later lesson replaces this loop with a couple of vectorized lines.)

Write each function between the YOUR CODE markers. Keep the names and signatures.
"""

import numpy as np


def sigmoid(z):
    """Sigmoid of z (given): 1 / (1 + e^(-z)), element by element."""
    return 1 / (1 + np.exp(-z))


def propagate_loop(w, b, X, Y):
    """Cost and gradients over the whole training set, one example at a time.

    Arguments:
    w -- weights, numpy array of shape (n_x, 1)
    b -- bias, a number
    X -- data, numpy array of shape (n_x, m): one column per example
    Y -- labels, numpy array of shape (1, m), entries 0 or 1

    Returns:
    grads -- dictionary with "dw": the average of the m per-example dw, shape (n_x, 1),
             and "db": the average of the m per-example db, a number
    cost -- the average loss over the m examples, a number
    """
    n_x, m = X.shape
    J = 0.0
    dw = np.zeros((n_x, 1))
    db = 0.0
    # YOUR CODE STARTS HERE
    # stub: # for each example i: z, a, its loss and dz; add them into J, dw and db
    # stub: # after the loop: divide J, dw and db by m
    for i in range(m):
        x = X[:, i:i + 1]
        y = Y[0, i]
        a = sigmoid(np.sum(w * x) + b)
        J += -(y * np.log(a) + (1 - y) * np.log(1 - a))
        dz = a - y
        dw += x * dz
        db += dz
    J = J / m
    dw = dw / m
    db = db / m
    # YOUR CODE ENDS HERE
    grads = {"dw": dw, "db": db}
    return grads, J


def gradient_descent_step(w, b, X, Y, learning_rate):
    """One iteration of gradient descent on the whole training set.

    Arguments:
    w -- weights, numpy array of shape (n_x, 1) (leave the caller's array unchanged)
    b -- bias, a number
    X -- data, numpy array of shape (n_x, m)
    Y -- labels, numpy array of shape (1, m)
    learning_rate -- alpha, the size of the step

    Returns:
    w -- the updated weights, shape (n_x, 1)
    b -- the updated bias, a number
    cost -- the cost at the parameters you were GIVEN (before the step)
    """
    # YOUR CODE STARTS HERE
    # stub: cost = None
    grads, cost = propagate_loop(w, b, X, Y)
    w = w - learning_rate * grads["dw"]
    b = b - learning_rate * grads["db"]
    # YOUR CODE ENDS HERE
    return w, b, cost
