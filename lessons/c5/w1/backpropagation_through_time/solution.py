"""Backpropagation through time: the loss of a whole sequence and its gradient at the outputs.

Write each function between the YOUR CODE markers. Keep the names and signatures: the tests
call them exactly like this.

Shapes: one sequence, n_y classes, T_y time steps. y_hat holds the softmax outputs, one
column per step; y holds the one-hot true labels in the same layout.
"""

import numpy as np


def step_losses(y_hat, y):
    """Cross-entropy loss at every time step.

    L<t> = - sum_k y_k<t> log(yhat_k<t>)

    Arguments:
    y_hat -- predicted probabilities, numpy array of shape (n_y, T_y); each column sums to 1
    y -- one-hot true labels, numpy array of shape (n_y, T_y)

    Returns:
    losses -- numpy array of shape (T_y,): losses[t] is the loss at step t + 1
    """
    # YOUR CODE STARTS HERE
    # stub: losses = None
    losses = -np.sum(y * np.log(y_hat), axis=0)
    # YOUR CODE ENDS HERE
    return losses


def sequence_loss(y_hat, y):
    """The loss of the whole sequence: the SUM of the step losses over time.

    L = sum_t L<t>

    Arguments:
    y_hat -- predicted probabilities, numpy array of shape (n_y, T_y)
    y -- one-hot true labels, numpy array of shape (n_y, T_y)

    Returns:
    loss -- a Python float
    """
    # YOUR CODE STARTS HERE
    # stub: loss = None
    loss = float(np.sum(step_losses(y_hat, y)))
    # YOUR CODE ENDS HERE
    return loss


def grad_y_hat(y_hat, y):
    """Gradient of the sequence loss L with respect to every predicted probability.

    dL/dyhat_k<t> = - y_k<t> / yhat_k<t>

    Arguments:
    y_hat -- predicted probabilities, numpy array of shape (n_y, T_y)
    y -- one-hot true labels, numpy array of shape (n_y, T_y)

    Returns:
    dy_hat -- numpy array of shape (n_y, T_y)
    """
    # YOUR CODE STARTS HERE
    # stub: dy_hat = None
    dy_hat = -y / y_hat
    # YOUR CODE ENDS HERE
    return dy_hat


def grad_scores(y_hat, y):
    """Gradient of the sequence loss L with respect to the scores z<t> = Wya a<t> + by that the
    softmax turns into yhat<t>.

    dL/dz<t> = yhat<t> - y<t>

    Arguments:
    y_hat -- predicted probabilities (softmax of the scores), numpy array of shape (n_y, T_y)
    y -- one-hot true labels, numpy array of shape (n_y, T_y)

    Returns:
    dz -- numpy array of shape (n_y, T_y)
    """
    # YOUR CODE STARTS HERE
    # stub: dz = None
    dz = y_hat - y
    # YOUR CODE ENDS HERE
    return dz
