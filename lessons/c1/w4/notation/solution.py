"""Deep neural network notation: naming every layer's quantities, and reading n[l] off shapes.

In code, layer l's weights W[l] and bias b[l] live in a dict under the keys "W" + str(l) and
"b" + str(l). Write each function between the YOUR CODE markers.
"""


def parameter_keys(L):
    """The keys of an L-layer network's parameter dict, in the order W1, b1, W2, b2, ..., WL, bL.

    Arguments:
    L -- the number of layers (the input layer is not counted)

    Returns:
    keys -- a list of 2 * L strings
    """
    # YOUR CODE STARTS HERE
    # stub: keys = None
    keys = []
    for l in range(1, L + 1):
        keys.append("W" + str(l))
        keys.append("b" + str(l))
    # YOUR CODE ENDS HERE
    return keys


def layer_dims_from_parameters(parameters):
    """Recover [n[0], n[1], ..., n[L]] from the shapes of a parameter dict.

    W[l] has shape (n[l], n[l-1]): its number of rows is the size of layer l, and W1's number
    of columns is the size of the input, n[0].

    Arguments:
    parameters -- dict "W1", "b1", ..., "WL", "bL" (numpy arrays)

    Returns:
    layer_dims -- list of L + 1 ints
    """
    # YOUR CODE STARTS HERE
    # stub: layer_dims = None
    L = len(parameters) // 2
    layer_dims = [parameters["W1"].shape[1]]
    for l in range(1, L + 1):
        layer_dims.append(parameters["W" + str(l)].shape[0])
    # YOUR CODE ENDS HERE
    return layer_dims
