"""Neural network representation: layers, their sizes, and the shapes of the parameters.

Write the two functions between the YOUR CODE markers.
"""


def layer_shapes(n_x, n_h, n_y):
    """The shapes of the parameters of a 2-layer network (one hidden layer).

    Arguments:
    n_x -- size of the input layer (layer 0)
    n_h -- size of the hidden layer (layer 1)
    n_y -- size of the output layer (layer 2)

    Returns:
    shapes -- a dict {"W1": (rows, cols), "b1": ..., "W2": ..., "b2": ...} of shape tuples
    """
    # YOUR CODE STARTS HERE
    # stub: shapes = None
    shapes = {"W1": (n_h, n_x), "b1": (n_h, 1), "W2": (n_y, n_h), "b2": (n_y, 1)}
    # YOUR CODE ENDS HERE
    return shapes


def count_parameters(layer_dims):
    """How many numbers gradient descent has to learn in a fully connected network.

    Arguments:
    layer_dims -- a list [n0, n1, ..., nL]: n0 is the input size, nL the output layer's size

    Returns:
    total -- an int: the entries of every W[l] and b[l], for l = 1..L
    """
    # YOUR CODE STARTS HERE
    # stub: total = None
    total = 0
    for l in range(1, len(layer_dims)):
        total += layer_dims[l] * layer_dims[l - 1] + layer_dims[l]
    # YOUR CODE ENDS HERE
    return total
