"""Classic networks: how many parameters do LeNet-5, AlexNet and VGG-16 learn?

Course 4 layout: a volume is (n_H, n_W, n_C); conv filters are (f, f, n_C_prev, n_C).
layer_output_shape is given. Write layer_params and count_parameters between the markers.
"""

import numpy as np


def layer_output_shape(input_shape, layer):
    """The shape after one layer (given; you wrote it in the previous lesson).

    A layer is a dict: {"type": "conv", "f", "s", "p", "n_C"}, {"type": "pool", "f", "s"} or
    {"type": "fc", "units"}; "s" defaults to 1 and "p" to 0.
    """
    if layer["type"] == "fc":
        return (layer["units"],)
    n_H_prev, n_W_prev, n_C_prev = input_shape
    f, s, p = layer["f"], layer.get("s", 1), layer.get("p", 0)
    n_C = layer["n_C"] if layer["type"] == "conv" else n_C_prev
    return ((n_H_prev + 2 * p - f) // s + 1, (n_W_prev + 2 * p - f) // s + 1, n_C)


def layer_params(input_shape, layer):
    """The number of learnable parameters (weights and biases) of one layer.

    conv: n_C filters of shape (f, f, n_C_prev), plus one bias per filter.
    pool: nothing to learn.
    fc:   a weight from every input number to every unit, plus one bias per unit; the input
          volume is flattened first, so it counts n_H * n_W * n_C inputs.

    Arguments:
    input_shape -- shape of the volume entering the layer, (n_H_prev, n_W_prev, n_C_prev) or (n,)
    layer -- dict describing the layer

    Returns:
    count -- int, the number of parameters
    """
    # YOUR CODE STARTS HERE
    # stub: count = None
    if layer["type"] == "conv":
        count = (layer["f"] * layer["f"] * input_shape[-1] + 1) * layer["n_C"]
    elif layer["type"] == "fc":
        count = (int(np.prod(input_shape)) + 1) * layer["units"]
    else:
        count = 0
    # YOUR CODE ENDS HERE
    return count


def count_parameters(input_shape, layers):
    """The parameter count of every layer of a network, in order.

    Arguments:
    input_shape -- shape of the input volume, e.g. (224, 224, 3)
    layers -- list of layer dicts

    Returns:
    counts -- list of ints, one per layer (0 for pooling layers); sum(counts) is the total
    """
    # YOUR CODE STARTS HERE
    # stub: counts = None
    counts = []
    shape = input_shape
    for layer in layers:
        counts.append(layer_params(shape, layer))
        shape = layer_output_shape(shape, layer)
    # YOUR CODE ENDS HERE
    return counts
