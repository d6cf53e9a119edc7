"""Why convolutions? Parameter sharing, sparse connections and translation equivariance.

shift and conv2d are given. Write the two functions between the YOUR CODE markers. Course 4
layout: an input volume is (n_H, n_W, n_C); a single-channel picture is a 2-D array.
"""

import numpy as np


def shift(x, dy, dx):
    """Move a 2-D picture dy rows down and dx columns right (dy, dx >= 0), filling with zeros."""
    out = np.zeros_like(x)
    out[dy:, dx:] = x[:x.shape[0] - dy, :x.shape[1] - dx]
    return out


def conv2d(x, kernel):
    """Valid convolution (stride 1, no padding) of a 2-D picture with one f x f kernel."""
    f = kernel.shape[0]
    n_H, n_W = x.shape[0] - f + 1, x.shape[1] - f + 1
    out = np.zeros((n_H, n_W))
    for h in range(n_H):
        for w in range(n_W):
            out[h, w] = np.sum(x[h:h + f, w:w + f] * kernel)
    return out


def compare_conv_dense(input_shape, f, n_C):
    """Count what a conv layer and a dense layer need to map the same input to the same output.

    The conv layer has n_C filters of size f x f (stride 1, no padding), so its output is
    (n_H - f + 1, n_W - f + 1, n_C). The dense layer maps the flattened input to the flattened
    output of that same size, with one weight per (input, output) pair and one bias per output.

    Arguments:
    input_shape -- (n_H, n_W, n_C_prev)
    f -- the filter size
    n_C -- the number of filters

    Returns:
    counts -- a dict of Python ints:
        "conv_params": weights and biases of the conv layer
        "dense_params": weights and biases of the dense layer
        "conv_inputs_per_output": how many input values one output value of the conv layer reads
        "dense_inputs_per_output": the same for the dense layer
    """
    # YOUR CODE STARTS HERE
    # stub: counts = None
    n_H, n_W, n_C_prev = input_shape
    n_in = n_H * n_W * n_C_prev
    n_out = (n_H - f + 1) * (n_W - f + 1) * n_C
    counts = {"conv_params": (f * f * n_C_prev + 1) * n_C,
              "dense_params": n_in * n_out + n_out,
              "conv_inputs_per_output": f * f * n_C_prev,
              "dense_inputs_per_output": n_in}
    # YOUR CODE ENDS HERE
    return counts


def equivariance_gap(layer, x, dy, dx):
    """How far a layer is from translation equivariance for one shift of one picture.

    Compare layer(shift(x, dy, dx)) with layer(x) moved by the same (dy, dx), on the region where
    both are defined: rows from dy and columns from dx of the first, against the top-left part of
    the second. An equivariant layer (a convolution) gives 0 up to rounding.

    Arguments:
    layer -- a function from a 2-D picture to a 2-D map
    x -- a 2-D picture
    dy, dx -- the shift, in rows down and columns right (>= 0)

    Returns:
    gap -- the largest absolute difference over that region, a Python float
    """
    # YOUR CODE STARTS HERE
    # stub: gap = None
    y = layer(x)
    y_from_shifted = layer(shift(x, dy, dx))
    h, w = y.shape
    difference = y_from_shifted[dy:, dx:] - y[:h - dy, :w - dx]
    gap = float(np.max(np.abs(difference)))
    # YOUR CODE ENDS HERE
    return gap
