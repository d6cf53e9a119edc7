"""Where the logistic regression cost comes from: the likelihood of the labels.

Fill in likelihood, then cost_from_likelihood (which can call your likelihood), between the
YOUR CODE markers.
"""

import numpy as np


def likelihood(A, Y):
    """Probability the model gives to the label each example actually has: p(y | x).

    Arguments:
    A -- predicted probabilities P(y = 1 | x), a numpy array of shape (1, m)
    Y -- true labels (0 or 1), a numpy array of shape (1, m)

    Returns:
    P -- a numpy array of shape (1, m): P[0, i] = a^y * (1 - a)^(1 - y) for example i
    """
    # YOUR CODE STARTS HERE
    # stub: P = None
    P = A ** Y * (1 - A) ** (1 - Y)
    # YOUR CODE ENDS HERE
    return P


def cost_from_likelihood(A, Y, epsilon=1e-12):
    """The cost J: the negative log-likelihood, averaged over the m examples.

    Arguments:
    A -- predicted probabilities P(y = 1 | x), a numpy array of shape (1, m)
    Y -- true labels (0 or 1), a numpy array of shape (1, m)
    epsilon -- keep the probabilities inside [epsilon, 1 - epsilon] so that no log sees a 0

    Returns:
    cost -- J = -(1/m) * sum over i of log p(y(i) | x(i)), a single number
    """
    # YOUR CODE STARTS HERE
    # stub: cost = None
    A_safe = np.clip(A, epsilon, 1 - epsilon)
    cost = -np.mean(np.log(likelihood(A_safe, Y)))
    # YOUR CODE ENDS HERE
    return cost
