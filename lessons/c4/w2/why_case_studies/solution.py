"""Why case studies: follow the shape of the volume through a classic layer list.

Course 4 layout: a volume is (n_H, n_W, n_C) for one example; a fully connected layer gives
a vector (n,). Write layer_output_shape and network_shapes between the YOUR CODE markers.
"""


def layer_output_shape(input_shape, layer):
    """The shape that comes out of one layer.

    A layer is a dict:
      {"type": "conv", "f": 5, "s": 1, "p": 0, "n_C": 6}   f x f filters, stride s, padding p
      {"type": "pool", "f": 2, "s": 2}                     pooling keeps the channels
      {"type": "fc", "units": 120}                          flattens, then a dense layer
    "s" defaults to 1 and "p" to 0 when missing.

    For conv and pool: n_out = floor((n_prev + 2p - f) / s) + 1, separately for height and width.

    Arguments:
    input_shape -- tuple (n_H_prev, n_W_prev, n_C_prev), or (n,) before a fc layer
    layer -- dict describing the layer

    Returns:
    shape -- tuple of ints: (n_H, n_W, n_C) for conv/pool, (units,) for fc
    """
    # YOUR CODE STARTS HERE
    # stub: shape = None
    if layer["type"] == "fc":
        shape = (layer["units"],)
    else:
        n_H_prev, n_W_prev, n_C_prev = input_shape
        f = layer["f"]
        s = layer.get("s", 1)
        p = layer.get("p", 0)
        n_H = (n_H_prev + 2 * p - f) // s + 1
        n_W = (n_W_prev + 2 * p - f) // s + 1
        n_C = layer["n_C"] if layer["type"] == "conv" else n_C_prev
        shape = (n_H, n_W, n_C)
    # YOUR CODE ENDS HERE
    return shape


def network_shapes(input_shape, layers):
    """The shape after every layer of a network, in order.

    Arguments:
    input_shape -- shape of the input volume, e.g. (32, 32, 1)
    layers -- list of layer dicts (see layer_output_shape)

    Returns:
    shapes -- list with one shape per layer (the input shape itself is not included)
    """
    # YOUR CODE STARTS HERE
    # stub: shapes = None
    shapes = []
    shape = input_shape
    for layer in layers:
        shape = layer_output_shape(shape, layer)
        shapes.append(shape)
    # YOUR CODE ENDS HERE
    return shapes
