"""MobileNet: why a depthwise separable convolution is so much cheaper than a normal one.

Write each function between the YOUR CODE markers. Costs are counted in multiplications, the
way the course counts them: (number of output values) x (multiplies per output value).
"""


def conv_cost(n_H, n_W, f, n_C, n_C_new):
    """Multiplications done by a normal convolution.

    Arguments:
    n_H, n_W -- height and width of the OUTPUT
    f -- filter size (each filter is f x f x n_C)
    n_C -- number of input channels
    n_C_new -- number of filters (output channels)

    Returns:
    cost -- an int: n_H * n_W * n_C_new output values, each costing f * f * n_C multiplies
    """
    # YOUR CODE STARTS HERE
    # stub: cost = None
    cost = (n_H * n_W * n_C_new) * (f * f * n_C)
    # YOUR CODE ENDS HERE
    return cost


def separable_cost(n_H, n_W, f, n_C, n_C_new):
    """Multiplications done by a depthwise separable convolution, step by step.

    Arguments: as for conv_cost.

    Returns:
    (depthwise, pointwise, total) -- three ints:
        depthwise: n_H * n_W * n_C outputs, each an f x f window of ONE channel
        pointwise: n_H * n_W * n_C_new outputs, each a 1 x 1 x n_C dot product
        total: depthwise + pointwise
    """
    # YOUR CODE STARTS HERE
    # stub: depthwise = None
    # stub: pointwise = None
    # stub: total = None
    depthwise = (n_H * n_W * n_C) * (f * f)
    pointwise = (n_H * n_W * n_C_new) * n_C
    total = depthwise + pointwise
    # YOUR CODE ENDS HERE
    return depthwise, pointwise, total


def cost_ratio(f, n_C_new):
    """The separable cost as a fraction of the normal cost: 1 / n_C_new + 1 / f**2.

    Arguments:
    f -- filter size
    n_C_new -- number of output channels

    Returns:
    ratio -- a float between 0 and 1 for any f > 1 and n_C_new > 1
    """
    # YOUR CODE STARTS HERE
    # stub: ratio = None
    ratio = 1 / n_C_new + 1 / f ** 2
    # YOUR CODE ENDS HERE
    return ratio
