"""Mini-batch gradient descent: cut the training set into small batches and step after each one.

Columns are examples: X has shape (n_x, m) and Y has shape (1, m). Write the two functions
between the YOUR CODE markers. logistic_cost_and_grads is given: it is the model you train.
"""

import numpy as np


def make_mini_batches(X, Y, mini_batch_size, permutation):
    """Shuffle the examples with a given permutation, then cut them into mini-batches.

    Every mini-batch holds mini_batch_size examples, except the last one, which holds whatever
    is left over when m is not a multiple of mini_batch_size.

    Arguments:
    X -- inputs, numpy array of shape (n_x, m)
    Y -- labels, numpy array of shape (1, m)
    mini_batch_size -- number of examples per mini-batch, a positive int
    permutation -- numpy array holding a reordering of 0 .. m-1 (the shuffle to apply)

    Returns:
    mini_batches -- list of (mini_batch_X, mini_batch_Y) tuples, in order, with shapes
                    (n_x, size) and (1, size)
    """
    # YOUR CODE STARTS HERE
    # stub: mini_batches = None
    m = X.shape[1]
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        end = start + mini_batch_size
        mini_batches.append((shuffled_X[:, start:end], shuffled_Y[:, start:end]))
    # YOUR CODE ENDS HERE
    return mini_batches


def logistic_cost_and_grads(w, b, X, Y):
    """Cross-entropy cost of logistic regression on (X, Y) and its gradients (given).

    Arguments:
    w -- weights, shape (n_x, 1)
    b -- bias, a float
    X -- inputs of one mini-batch, shape (n_x, m_t)
    Y -- labels of that mini-batch, shape (1, m_t)

    Returns:
    cost -- the mean cross-entropy over the m_t examples, a float
    dw -- gradient of the cost with respect to w, shape (n_x, 1)
    db -- gradient of the cost with respect to b, a float
    """
    m_t = X.shape[1]
    A = 1 / (1 + np.exp(-(w.T @ X + b)))
    cost = float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))
    dw = X @ (A - Y).T / m_t
    db = float(np.mean(A - Y))
    return cost, dw, db


def one_epoch(w, b, mini_batches, learning_rate):
    """One pass of mini-batch gradient descent over all the mini-batches.

    For each mini-batch in turn: compute the cost and gradients ON THAT MINI-BATCH with
    logistic_cost_and_grads, record the cost, then take one gradient descent step.

    Arguments:
    w -- weights, shape (n_x, 1) (do not modify the caller's array)
    b -- bias, a float
    mini_batches -- list of (mini_batch_X, mini_batch_Y) tuples
    learning_rate -- the step size alpha

    Returns:
    w -- the weights after the epoch, shape (n_x, 1)
    b -- the bias after the epoch
    costs -- list of floats, the cost of each mini-batch measured BEFORE its step
    """
    # YOUR CODE STARTS HERE
    # stub: costs = None
    costs = []
    for mini_batch_X, mini_batch_Y in mini_batches:
        cost, dw, db = logistic_cost_and_grads(w, b, mini_batch_X, mini_batch_Y)
        costs.append(cost)
        w = w - learning_rate * dw
        b = b - learning_rate * db
    # YOUR CODE ENDS HERE
    return w, b, costs
