"""Getting your matrix dimensions right: the shape of every quantity, and a shape checker.

Write each function between the YOUR CODE markers. Shapes are tuples, like (5, 3).
"""


def expected_shapes(layer_dims, m):
    """The shape of every quantity of an L-layer network processing m examples at once.

    Arguments:
    layer_dims -- list [n[0], n[1], ..., n[L]]
    m -- number of examples

    Returns:
    shapes -- dict mapping a name to a shape tuple:
              "A0" -> (n[0], m), and for every l = 1..L:
              "W{l}", "dW{l}" -> (n[l], n[l-1])
              "b{l}", "db{l}" -> (n[l], 1)
              "Z{l}", "A{l}"  -> (n[l], m)
    """
    shapes = {"A0": (layer_dims[0], m)}

    # YOUR CODE STARTS HERE
    for l in range(1, len(layer_dims)):
        n, n_prev = layer_dims[l], layer_dims[l - 1]
        shapes["W" + str(l)] = (n, n_prev)
        shapes["dW" + str(l)] = (n, n_prev)
        shapes["b" + str(l)] = (n, 1)
        shapes["db" + str(l)] = (n, 1)
        shapes["Z" + str(l)] = (n, m)
        shapes["A" + str(l)] = (n, m)
    # YOUR CODE ENDS HERE

    return shapes


def find_shape_errors(parameters, layer_dims):
    """Which parameters are missing or have the wrong shape for this architecture?

    Arguments:
    parameters -- dict that should hold "W1", "b1", ..., "WL", "bL"
    layer_dims -- list [n[0], n[1], ..., n[L]] the parameters are meant for

    Returns:
    errors -- list of the keys that are missing from parameters or whose array does not have
              the expected shape, in the order W1, b1, W2, b2, ..., WL, bL (empty if all fine)
    """
    errors = []

    # YOUR CODE STARTS HERE
    for l in range(1, len(layer_dims)):
        wanted = {"W" + str(l): (layer_dims[l], layer_dims[l - 1]),
                  "b" + str(l): (layer_dims[l], 1)}
        for key, shape in wanted.items():
            if key not in parameters or parameters[key].shape != shape:
                errors.append(key)
    # YOUR CODE ENDS HERE

    return errors
