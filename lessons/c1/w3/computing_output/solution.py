"""Computing a neural network's output: a whole layer in one matrix product.

sigmoid is given. Write the two functions between the YOUR CODE markers.
"""

import numpy as np


def sigmoid(z):
    """Sigmoid of z, element by element."""
    return 1 / (1 + np.exp(-z))


def layer_forward(a_prev, W, b):
    """All the units of one layer at once.

    Arguments:
    a_prev -- activations of the previous layer, a column of shape (n_prev, 1)
    W -- the layer's weights, shape (n, n_prev): row j holds unit j's weights
    b -- the layer's biases, shape (n, 1)

    Returns:
    z -- W a_prev + b, shape (n, 1)
    a -- sigmoid(z), shape (n, 1)
    """
    # YOUR CODE STARTS HERE
    # stub: z = None
    # stub: a = None
    z = np.dot(W, a_prev) + b
    a = sigmoid(z)
    # YOUR CODE ENDS HERE
    return z, a


def forward_one_example(x, parameters):
    """The output of a 2-layer network for one example, with sigmoid units in both layers.

    Arguments:
    x -- one example, a column of shape (n_x, 1)
    parameters -- a dict with "W1" (n_h, n_x), "b1" (n_h, 1), "W2" (n_y, n_h), "b2" (n_y, 1)

    Returns:
    a2 -- the output, shape (n_y, 1)
    cache -- a dict {"z1", "a1", "z2", "a2"} of the intermediate values
    """
    # YOUR CODE STARTS HERE
    # stub: a2 = None
    # stub: cache = None
    z1, a1 = layer_forward(x, parameters["W1"], parameters["b1"])
    z2, a2 = layer_forward(a1, parameters["W2"], parameters["b2"])
    cache = {"z1": z1, "a1": a1, "z2": z2, "a2": a2}
    # YOUR CODE ENDS HERE
    return a2, cache
