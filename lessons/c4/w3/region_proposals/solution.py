"""Region proposals: how many regions a detector must look at, and what that costs.

Write each function between the YOUR CODE markers. Keep the names and signatures.
"""


def count_windows(image_size, window_sizes, stride):
    """Number of square sliding-window positions over an image, summed over window sizes.

    Arguments:
    image_size -- tuple (H, W) in pixels
    window_sizes -- list of window side lengths f (a window larger than the image fits 0 times)
    stride -- step s between two windows, in pixels, along both axes

    Returns:
    total -- int, sum over f of (floor((H - f) / s) + 1) * (floor((W - f) / s) + 1)
    """
    # YOUR CODE STARTS HERE
    # stub: total = None
    H, W = image_size
    total = 0
    for f in window_sizes:
        if f > H or f > W:
            continue
        total += ((H - f) // stride + 1) * ((W - f) // stride + 1)
    # YOUR CODE ENDS HERE
    return total


def detection_cost(num_regions, conv_cost, head_cost, proposal_cost, method):
    """Cost of detecting objects in one image with the R-CNN family.

    Arguments:
    num_regions -- R, the number of proposed regions
    conv_cost -- cost of one pass of the convolutional backbone
    head_cost -- cost of classifying one region (plus its box refinement) from features
    proposal_cost -- cost of the classical proposal step (segmentation algorithm)
    method -- "rcnn", "fast" or "faster"

    Returns:
    cost -- rcnn:   proposal_cost + R * (conv_cost + head_cost)
            fast:   proposal_cost + conv_cost + R * head_cost
            faster: conv_cost + R * head_cost (a network proposes regions from the shared features)
    Raises ValueError for any other method.
    """
    # YOUR CODE STARTS HERE
    # stub: cost = None
    if method == "rcnn":
        cost = proposal_cost + num_regions * (conv_cost + head_cost)
    elif method == "fast":
        cost = proposal_cost + conv_cost + num_regions * head_cost
    elif method == "faster":
        cost = conv_cost + num_regions * head_cost
    else:
        raise ValueError(f"unknown method {method!r}")
    # YOUR CODE ENDS HERE
    return cost
