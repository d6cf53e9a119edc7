"""What does a hidden unit respond to? Find the image patches that excite it most.

Activations of one layer for m images have shape (m, n_H, n_W, n_C); one "unit" is one
channel c, applied at every position (h, w) of every image.
"""

import numpy as np


def top_activations(activations, channel, k):
    """Where channel `channel` fires most strongly, over all images and positions.

    Arguments:
    activations -- numpy array of shape (m, n_H, n_W, n_C)
    channel -- which channel (unit) to study, an int in [0, n_C)
    k -- how many of the strongest activations to return

    Returns:
    idx -- integer numpy array of shape (k, 3); row r is (image i, row h, column w) of the
           r-th largest value of activations[..., channel], largest first
    """
    # YOUR CODE STARTS HERE
    # stub: idx = None
    a = activations[..., channel]
    order = np.argsort(a.reshape(-1))[::-1][:k]
    i, h, w = np.unravel_index(order, a.shape)
    idx = np.stack([i, h, w], axis=1)
    # YOUR CODE ENDS HERE
    return idx


def receptive_patch(image, h, w, field, stride):
    """The part of the input image that the unit at position (h, w) looks at.

    Arguments:
    image -- one input image, numpy array of shape (n_H, n_W, n_C)
    h, w -- row and column of the unit in the layer's output
    field -- side of the (square) receptive field, in input pixels
    stride -- how many input pixels one step in the layer's output moves

    Returns:
    patch -- numpy array of shape (field, field, n_C): rows h*stride .. h*stride+field-1 and
             columns w*stride .. w*stride+field-1 of image
    """
    # YOUR CODE STARTS HERE
    # stub: patch = None
    top = h * stride
    left = w * stride
    patch = image[top:top + field, left:left + field, :]
    # YOUR CODE ENDS HERE
    return patch
