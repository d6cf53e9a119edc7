"""Object detection with sliding windows: how many crops, which crops, and what it costs.

Images are numpy arrays of shape (H, W, C); sizes are given as (height, width) tuples.
"""

import numpy as np


def num_windows(image_hw, window_hw, stride):
    """Number of window positions when sliding a window over an image.

    Arguments:
    image_hw -- tuple (H, W), image height and width in pixels
    window_hw -- tuple (h, w), window height and width
    stride -- int, step between neighbouring windows (same in both directions)

    Returns:
    count -- Python int: ((H - h) // stride + 1) * ((W - w) // stride + 1), or 0 when the
             window does not fit in the image
    """
    # YOUR CODE STARTS HERE
    # stub: count = None
    H, W = image_hw
    h, w = window_hw
    if h > H or w > W:
        return 0
    rows = (H - h) // stride + 1
    cols = (W - w) // stride + 1
    count = int(rows * cols)
    # YOUR CODE ENDS HERE
    return count


def crop_windows(image, window_hw, stride):
    """All window crops of an image, row by row (top row first, left to right).

    Arguments:
    image -- numpy array of shape (H, W, C)
    window_hw -- tuple (h, w)
    stride -- int

    Returns:
    crops -- numpy array of shape (k, h, w, C) with k = num_windows((H, W), window_hw, stride);
             crop number i * cols + j starts at row i * stride and column j * stride
    """
    # YOUR CODE STARTS HERE
    # stub: crops = None
    H, W, _ = image.shape
    h, w = window_hw
    crops = []
    for top in range(0, H - h + 1, stride):
        for left in range(0, W - w + 1, stride):
            crops.append(image[top:top + h, left:left + w, :])
    crops = np.array(crops).reshape(-1, h, w, image.shape[2])
    # YOUR CODE ENDS HERE
    return crops


def total_windows(image_hw, window_sizes, stride):
    """Number of ConvNet evaluations when sliding square windows of several sizes.

    Arguments:
    image_hw -- tuple (H, W)
    window_sizes -- list of ints, square window sides (e.g. [40, 80, 120])
    stride -- int, the same stride for every size

    Returns:
    total -- Python int, the sum of num_windows over the window sizes
    """
    # YOUR CODE STARTS HERE
    # stub: total = None
    total = sum(num_windows(image_hw, (s, s), stride) for s in window_sizes)
    # YOUR CODE ENDS HERE
    return total
