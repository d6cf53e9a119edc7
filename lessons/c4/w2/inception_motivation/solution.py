"""Inception motivation: do every filter size at once, and pay for it with a bottleneck.

Course 4 layout: volumes are (m, n_H, n_W, n_C). Write inception_output_shape,
conv_multiplies and bottleneck_multiplies between the YOUR CODE markers.
"""


def inception_output_shape(input_shape, branch_channels):
    """The shape of an inception module's output.

    Every branch uses "same" padding and stride 1, so all branches keep n_H and n_W; their
    outputs are stacked along the channel axis.

    Arguments:
    input_shape -- (m, n_H, n_W, n_C_prev)
    branch_channels -- list with the number of channels each branch produces

    Returns:
    shape -- tuple (m, n_H, n_W, n_C)
    """
    # YOUR CODE STARTS HERE
    # stub: shape = None
    m, n_H, n_W, _ = input_shape
    shape = (m, n_H, n_W, sum(branch_channels))
    # YOUR CODE ENDS HERE
    return shape


def conv_multiplies(n_H, n_W, n_C, f, n_C_prev):
    """Multiplies of a convolution whose OUTPUT is (n_H, n_W, n_C), with f x f filters over
    n_C_prev input channels (one example, biases not counted).

    Returns:
    count -- int
    """
    # YOUR CODE STARTS HERE
    # stub: count = None
    count = n_H * n_W * n_C * f * f * n_C_prev
    # YOUR CODE ENDS HERE
    return count


def bottleneck_multiplies(n_H, n_W, n_C_prev, n_bottleneck, f, n_C):
    """Multiplies of a 1x1 conv down to n_bottleneck channels followed by an f x f "same" conv
    up to n_C channels, on an (n_H, n_W, n_C_prev) volume.

    Returns:
    count -- int, the total of both convolutions
    """
    # YOUR CODE STARTS HERE
    # stub: count = None
    shrink = conv_multiplies(n_H, n_W, n_bottleneck, 1, n_C_prev)
    expand = conv_multiplies(n_H, n_W, n_C, f, n_bottleneck)
    count = shrink + expand
    # YOUR CODE ENDS HERE
    return count
