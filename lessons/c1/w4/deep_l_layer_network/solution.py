"""Deep L-layer neural network: how deep is a network, and how many numbers does it learn?

A network is described by layer_dims = [n[0], n[1], ..., n[L]]: the number of units of every
layer, the input layer first. Write each function between the YOUR CODE markers.
"""


def num_layers(layer_dims):
    """The number of layers L of a network. The input layer is NOT counted.

    Arguments:
    layer_dims -- list [n[0], n[1], ..., n[L]], the input layer's size first

    Returns:
    L -- an int: the hidden layers plus the output layer
    """
    # YOUR CODE STARTS HERE
    # stub: L = None
    L = len(layer_dims) - 1
    # YOUR CODE ENDS HERE
    return L


def count_parameters(layer_dims):
    """How many numbers the network learns: all the weights and all the biases.

    Layer l (for l = 1, ..., L) owns W[l] of shape (n[l], n[l-1]) and b[l] of shape (n[l], 1).

    Arguments:
    layer_dims -- list [n[0], n[1], ..., n[L]]

    Returns:
    total -- an int: the sum over l = 1..L of n[l] * n[l-1] + n[l]
    """
    # YOUR CODE STARTS HERE
    # stub: total = None
    total = 0
    for l in range(1, len(layer_dims)):
        total += layer_dims[l] * layer_dims[l - 1] + layer_dims[l]
    # YOUR CODE ENDS HERE
    return total
