"""What is a neural network: a house-price model built from ReLU neurons.

Write the two functions between the YOUR CODE markers. Both must work on numpy arrays.
"""

import numpy as np


def relu_neuron(size, w, b):
    """One neuron: a straight line through the sizes, clipped so it never goes below zero.

    Arguments:
    size -- a number or a numpy array of house sizes
    w -- the slope: how much the price grows per unit of size (a number)
    b -- the intercept (a number)

    Returns:
    price -- max(0, w * size + b), element by element; same shape as size
    """
    # YOUR CODE STARTS HERE
    # stub: price = None
    price = np.maximum(0, w * size + b)
    # YOUR CODE ENDS HERE
    return price


def house_price_network(x, W1, b1, W2, b2):
    """A tiny network: a layer of ReLU neurons, then a weighted sum of what they found.

    Arguments:
    x -- input features, shape (n_x, m): one column per house
    W1 -- hidden weights, shape (n_h, n_x): row j holds the weights of hidden neuron j
    b1 -- hidden biases, shape (n_h, 1)
    W2 -- output weights, shape (1, n_h)
    b2 -- output bias, shape (1, 1)

    Returns:
    price -- W2 h + b2 where h = max(0, W1 x + b1); shape (1, m)
    """
    # YOUR CODE STARTS HERE
    # stub: price = None
    h = np.maximum(0, np.dot(W1, x) + b1)
    price = np.dot(W2, h) + b2
    # YOUR CODE ENDS HERE
    return price
