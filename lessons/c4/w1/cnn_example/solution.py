"""A CNN example: the LeNet-5-like network of the lecture, layer by layer.

output_shape, LENET_INPUT and LENET_LAYERS are given. Write the two functions between the YOUR CODE
markers. A layer is a dict with a "name", a "type" and that type's hyperparameters:

    {"name": "CONV1", "type": "conv", "f": 5, "stride": 1, "pad": 0, "n_C": 8}
    {"name": "POOL1", "type": "pool", "f": 2, "stride": 2}
    {"name": "FC3", "type": "fc", "units": 120}

Course 4 layout: a volume is (n_H, n_W, n_C); an FC layer's output is (units,).
"""

import math

LENET_INPUT = (32, 32, 3)
LENET_LAYERS = [
    {"name": "CONV1", "type": "conv", "f": 5, "stride": 1, "pad": 0, "n_C": 8},
    {"name": "POOL1", "type": "pool", "f": 2, "stride": 2},
    {"name": "CONV2", "type": "conv", "f": 5, "stride": 1, "pad": 0, "n_C": 16},
    {"name": "POOL2", "type": "pool", "f": 2, "stride": 2},
    {"name": "FC3", "type": "fc", "units": 120},
    {"name": "FC4", "type": "fc", "units": 84},
    {"name": "SOFTMAX", "type": "fc", "units": 10},
]


def output_shape(input_shape, layer):
    """Shape after one layer (given: you built it in the lesson on layer types)."""
    if layer["type"] == "fc":
        return (layer["units"],)
    n_H_prev, n_W_prev, n_C_prev = input_shape
    pad = layer.get("pad", 0)
    n_H = (n_H_prev + 2 * pad - layer["f"]) // layer["stride"] + 1
    n_W = (n_W_prev + 2 * pad - layer["f"]) // layer["stride"] + 1
    n_C = layer["n_C"] if layer["type"] == "conv" else n_C_prev
    return (n_H, n_W, n_C)


def layer_parameters(input_shape, layer):
    """Number of learnable parameters (weights and biases) of one layer.

    Arguments:
    input_shape -- the shape of the layer's input: (n_H_prev, n_W_prev, n_C_prev) or (n_prev,)
    layer -- a layer dict of type "conv", "pool" or "fc"

    Returns:
    n_params -- a Python int
    """
    # YOUR CODE STARTS HERE
    # stub: n_params = None
    if layer["type"] == "conv":
        n_params = (layer["f"] * layer["f"] * input_shape[-1] + 1) * layer["n_C"]
    elif layer["type"] == "fc":
        n_params = (math.prod(input_shape) + 1) * layer["units"]
    else:
        n_params = 0
    # YOUR CODE ENDS HERE
    return n_params


def network_summary(input_shape, layers):
    """The table of the lecture: activation shape, activation size and parameters per layer.

    Arguments:
    input_shape -- the shape of one input image, (n_H, n_W, n_C)
    layers -- a list of layer dicts, first layer first

    Returns:
    rows -- a list of dicts {"name", "shape", "size", "params"}: first a row for the input
            (name "INPUT", 0 parameters), then one row per layer. "shape" is the layer's output
            shape, "size" the number of values in it (an int), "params" the layer's parameters.
    """
    # YOUR CODE STARTS HERE
    # stub: rows = None
    rows = [{"name": "INPUT", "shape": input_shape, "size": math.prod(input_shape), "params": 0}]
    shape = input_shape
    for layer in layers:
        params = layer_parameters(shape, layer)
        shape = output_shape(shape, layer)
        rows.append({"name": layer["name"], "shape": shape, "size": math.prod(shape), "params": params})
    # YOUR CODE ENDS HERE
    return rows
