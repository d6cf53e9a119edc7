"""Data augmentation: more training images from the ones you have, labels kept in step.

Images are stored batch-first, as in Keras: X has shape (m, h, w, c) for m images of height h,
width w and c channels. Labels Y have m rows: Y[i] is the label of X[i].
Write the two functions between the YOUR CODE markers.
"""

import numpy as np


def augment_with_flips(X, Y):
    """Double the training set with mirror images.

    Arguments:
    X -- images, numpy array of shape (m, h, w, c)
    Y -- labels, numpy array whose first axis has length m, e.g. (m,) or (m, 1)

    Returns:
    X_aug -- shape (2m, h, w, c): the m original images, then the same m images mirrored
             left to right, in the same order
    Y_aug -- the labels of X_aug, first axis of length 2m
    """
    # YOUR CODE STARTS HERE
    # stub: X_aug = None
    # stub: Y_aug = None
    X_flipped = X[:, :, ::-1, :]
    X_aug = np.concatenate([X, X_flipped], axis=0)
    Y_aug = np.concatenate([Y, Y], axis=0)
    # YOUR CODE ENDS HERE
    return X_aug, Y_aug


def random_crops(X, crop_h, crop_w, seed=0):
    """Cut a random crop_h x crop_w window out of every image.

    Draw the positions exactly like this, so that results are reproducible:
        np.random.seed(seed)
        tops = np.random.randint(0, h - crop_h + 1, size=m)
        lefts = np.random.randint(0, w - crop_w + 1, size=m)
    Image i is cropped to rows tops[i] .. tops[i] + crop_h - 1 and columns
    lefts[i] .. lefts[i] + crop_w - 1, keeping every channel. A crop keeps its image's label.

    Arguments:
    X -- images, numpy array of shape (m, h, w, c)
    crop_h, crop_w -- the size of the crops, ints with crop_h <= h and crop_w <= w
    seed -- the seed for the positions, an int

    Returns:
    crops -- numpy array of shape (m, crop_h, crop_w, c)
    """
    m, h, w, c = X.shape
    # YOUR CODE STARTS HERE
    # stub: crops = None
    np.random.seed(seed)
    tops = np.random.randint(0, h - crop_h + 1, size=m)
    lefts = np.random.randint(0, w - crop_w + 1, size=m)
    crops = np.zeros((m, crop_h, crop_w, c), dtype=X.dtype)
    for i in range(m):
        crops[i] = X[i, tops[i]:tops[i] + crop_h, lefts[i]:lefts[i] + crop_w, :]
    # YOUR CODE ENDS HERE
    return crops
