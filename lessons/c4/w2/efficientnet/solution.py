"""EfficientNet: compound scaling of depth, width and resolution.

Write each function between the YOUR CODE markers.
"""

import math


def compound_multipliers(phi, alpha, beta, gamma):
    """How much to scale depth, width and resolution for a compound coefficient phi.

    Arguments:
    phi -- the compound coefficient (0 gives the base network; bigger means bigger)
    alpha, beta, gamma -- the per-dimension base factors for depth, width and resolution

    Returns:
    (d, w, r) -- three floats: alpha**phi, beta**phi, gamma**phi
    """
    # YOUR CODE STARTS HERE
    # stub: d, w, r = None, None, None
    d = alpha ** phi
    w = beta ** phi
    r = gamma ** phi
    # YOUR CODE ENDS HERE
    return d, w, r


def flops_factor(phi, alpha, beta, gamma):
    """By how much the computation (FLOPS) grows when scaling with phi.

    FLOPS grow linearly with depth but with the SQUARE of width and of resolution, so the
    factor is (alpha * beta**2 * gamma**2) ** phi.

    Returns:
    factor -- a float
    """
    # YOUR CODE STARTS HERE
    # stub: factor = None
    factor = (alpha * beta ** 2 * gamma ** 2) ** phi
    # YOUR CODE ENDS HERE
    return factor


def scale_network(base, phi, alpha, beta, gamma):
    """Scale a base network's size with compound scaling, rounding UP to whole numbers.

    Arguments:
    base -- dict with "depth" (number of layers), "width" (channels per layer) and
            "resolution" (input height = width, in pixels), all ints
    phi, alpha, beta, gamma -- as in compound_multipliers

    Returns:
    scaled -- a NEW dict with the same keys: math.ceil(base value * its multiplier), as ints
    """
    # YOUR CODE STARTS HERE
    # stub: scaled = None
    d, w, r = compound_multipliers(phi, alpha, beta, gamma)
    scaled = {"depth": math.ceil(base["depth"] * d),
              "width": math.ceil(base["width"] * w),
              "resolution": math.ceil(base["resolution"] * r)}
    # YOUR CODE ENDS HERE
    return scaled
