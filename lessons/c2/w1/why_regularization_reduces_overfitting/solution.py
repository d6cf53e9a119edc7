"""Why regularization reduces overfitting: weights decay, and small weights keep tanh linear.

Write the two functions between the YOUR CODE markers.
"""

import numpy as np


def weight_decay_update(W, dW, lambd, m, learning_rate):
    """One gradient descent step on W with L2 regularization, written as weight decay.

    The regularized gradient is dW + (lambd / m) W, so the step is
        W_new = (1 - learning_rate * lambd / m) * W - learning_rate * dW

    Arguments:
    W -- the weights of one layer, numpy array of shape (n[l], n[l-1])
    dW -- the gradient of the UNREGULARIZED cost with respect to W, same shape
    lambd -- the regularization hyperparameter, a float
    m -- the number of training examples, an int
    learning_rate -- alpha, a float

    Returns:
    W_new -- the updated weights, a new array of the same shape (W itself is left unchanged)
    """
    # YOUR CODE STARTS HERE
    # stub: W_new = None
    decay = 1 - learning_rate * lambd / m
    W_new = decay * W - learning_rate * dW
    # YOUR CODE ENDS HERE
    return W_new


def linear_regime_fraction(Z, tolerance=0.01):
    """The fraction of the entries of Z where tanh is almost a straight line.

    An entry z counts as linear when |tanh(z) - z| <= tolerance.

    Arguments:
    Z -- pre-activations of a layer, numpy array of any shape, e.g. (n[l], m)
    tolerance -- how far tanh(z) may be from z, a float

    Returns:
    fraction -- a float between 0 and 1: the share of ALL entries of Z that count as linear
    """
    # YOUR CODE STARTS HERE
    # stub: fraction = None
    linear = np.abs(np.tanh(Z) - Z) <= tolerance
    fraction = float(np.mean(linear))
    # YOUR CODE ENDS HERE
    return fraction
