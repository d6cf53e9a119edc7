"""Edge detection: slide a small filter over a grey image.

Write conv2d, then detect_edges (which uses your conv2d), between the YOUR CODE markers.
Images here are single grey channels: 2-D arrays of shape (n_H, n_W).
"""

import numpy as np

VERTICAL = np.array([[1.0, 0.0, -1.0],
                     [1.0, 0.0, -1.0],
                     [1.0, 0.0, -1.0]])


def conv2d(image, kernel):
    """A "valid" 2-D convolution (cross-correlation, as in deep learning), stride 1, no padding.

    Output pixel (h, w) is the sum of the element-wise product of the kernel with the
    (f, f) patch of the image whose top-left corner is (h, w). The kernel is NOT flipped.

    Arguments:
    image -- numpy array of shape (n_H, n_W)
    kernel -- numpy array of shape (f, f)

    Returns:
    Z -- numpy array of shape (n_H - f + 1, n_W - f + 1)
    """
    # YOUR CODE STARTS HERE
    # stub: Z = None
    f = kernel.shape[0]
    n_H = image.shape[0] - f + 1
    n_W = image.shape[1] - f + 1
    Z = np.zeros((n_H, n_W))
    for h in range(n_H):
        for w in range(n_W):
            Z[h, w] = np.sum(image[h:h + f, w:w + f] * kernel)
    # YOUR CODE ENDS HERE
    return Z


def detect_edges(image):
    """Vertical and horizontal edge maps of a grey image, with the two 3x3 edge filters.

    The vertical filter is VERTICAL (bright on the left, dark on the right gives a positive
    response). The horizontal filter is its transpose (bright on top, dark below gives a
    positive response).

    Arguments:
    image -- numpy array of shape (n_H, n_W)

    Returns:
    vertical -- conv2d(image, vertical filter), shape (n_H - 2, n_W - 2)
    horizontal -- conv2d(image, horizontal filter), shape (n_H - 2, n_W - 2)
    """
    # YOUR CODE STARTS HERE
    # stub: vertical = None
    # stub: horizontal = None
    vertical = conv2d(image, VERTICAL)
    horizontal = conv2d(image, VERTICAL.T)
    # YOUR CODE ENDS HERE
    return vertical, horizontal
