"""Data augmentation on a batch of uint8 images: mirroring, random crops, colour shifting.

Course 4 layout: images are (m, n_H, n_W, n_C), batch first, dtype uint8 (values 0 to 255).
Write each function between the YOUR CODE markers.
"""

import numpy as np


def mirror(images):
    """Flip every image left to right (a horizontal mirror).

    Arguments:
    images -- uint8 array of shape (m, n_H, n_W, n_C)

    Returns:
    mirrored -- same shape and dtype; column j of each image becomes column n_W - 1 - j
    """
    # YOUR CODE STARTS HERE
    # stub: mirrored = None
    mirrored = images[:, :, ::-1, :].copy()
    # YOUR CODE ENDS HERE
    return mirrored


def random_crop(images, crop_h, crop_w, rng):
    """Cut a random crop_h x crop_w window out of every image, each image its own window.

    For each image, in order i = 0, 1, ..., m - 1, draw first the top row, then the left
    column, each uniformly among ALL positions where the window still fits:
        top  = rng.integers with bounds (0, n_H - crop_h + 1)
        left = rng.integers with bounds (0, n_W - crop_w + 1)

    Arguments:
    images -- uint8 array (m, n_H, n_W, n_C)
    crop_h, crop_w -- height and width of the crop
    rng -- a numpy Generator (np.random.default_rng(seed))

    Returns:
    crops -- uint8 array (m, crop_h, crop_w, n_C)
    """
    m, n_H, n_W, n_C = images.shape
    crops = np.zeros((m, crop_h, crop_w, n_C), dtype=images.dtype)
    # YOUR CODE STARTS HERE
    for i in range(m):
        top = rng.integers(0, n_H - crop_h + 1)
        left = rng.integers(0, n_W - crop_w + 1)
        crops[i] = images[i, top:top + crop_h, left:left + crop_w, :]
    # YOUR CODE ENDS HERE
    return crops


def color_shift(images, shifts):
    """Add a fixed amount to each colour channel, clipping the result to [0, 255].

    Arguments:
    images -- uint8 array (m, n_H, n_W, n_C)
    shifts -- sequence of n_C integers, one per channel (e.g. [20, -20, 20] for R, G, B)

    Returns:
    shifted -- uint8 array, same shape as images
    """
    # YOUR CODE STARTS HERE
    # stub: shifted = None
    wide = images.astype(np.int16) + np.asarray(shifts, dtype=np.int16)
    shifted = np.clip(wide, 0, 255).astype(np.uint8)
    # YOUR CODE ENDS HERE
    return shifted
