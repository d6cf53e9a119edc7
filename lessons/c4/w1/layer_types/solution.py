"""Types of layers in a convolutional network: how CONV, POOL and FC layers change the shape.

Write the two functions between the YOUR CODE markers. A layer is described by a dict:

    {"type": "conv", "f": 5, "stride": 1, "pad": 0, "n_C": 6}   # n_C filters of size f x f
    {"type": "pool", "f": 2, "stride": 2}                       # max or average: no padding
    {"type": "fc", "units": 120}                                # flattens its input first

Shapes follow Course 4: a volume is (n_H, n_W, n_C); the output of an FC layer is (units,).
"""


def layer_output_shape(input_shape, layer):
    """Shape of the output of one layer.

    Arguments:
    input_shape -- a tuple: (n_H_prev, n_W_prev, n_C_prev) for a volume, or (n,) after an FC layer
    layer -- a dict with a "type" ("conv", "pool" or "fc") and that type's hyperparameters

    Returns:
    output_shape -- a tuple of Python ints: (n_H, n_W, n_C) for conv and pool, (units,) for fc
    """
    # YOUR CODE STARTS HERE
    # stub: output_shape = None
    if layer["type"] == "fc":
        output_shape = (layer["units"],)
    else:
        n_H_prev, n_W_prev, n_C_prev = input_shape
        f, stride = layer["f"], layer["stride"]
        pad = layer["pad"] if layer["type"] == "conv" else 0
        n_H = (n_H_prev + 2 * pad - f) // stride + 1
        n_W = (n_W_prev + 2 * pad - f) // stride + 1
        n_C = layer["n_C"] if layer["type"] == "conv" else n_C_prev
        output_shape = (n_H, n_W, n_C)
    # YOUR CODE ENDS HERE
    return output_shape


def stack_output_shapes(input_shape, layers):
    """Shapes of the activations after each layer of a stack, in order.

    Arguments:
    input_shape -- the shape of the network's input, (n_H, n_W, n_C)
    layers -- a list of layer dicts, first layer first

    Returns:
    shapes -- a list with one tuple per layer: the shape of that layer's output
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
