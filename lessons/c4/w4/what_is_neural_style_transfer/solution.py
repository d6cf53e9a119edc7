"""Neural style transfer in outline: start from a noisy copy of the content image, then
update its PIXELS (not the network's weights) by gradient descent.

Images are numpy arrays with values in [0, 1], shape (1, n_H, n_W, 3) like the course's.
"""

import numpy as np


def initialize_generated(content, noise, noise_ratio=0.6):
    """The starting point of the generated image G: a blend of noise and the content image.

    Arguments:
    content -- the content image C, numpy array of shape (1, n_H, n_W, 3)
    noise -- random values in [0, 1] of the same shape
    noise_ratio -- share of noise in the blend, between 0 and 1

    Returns:
    G -- noise_ratio * noise + (1 - noise_ratio) * content, a new array of the same shape
    """
    # YOUR CODE STARTS HERE
    # stub: G = None
    G = noise_ratio * noise + (1 - noise_ratio) * content
    # YOUR CODE ENDS HERE
    return G


def pixel_gradient_step(G, dG, learning_rate):
    """One gradient descent step on the pixels of G, kept inside the valid range [0, 1].

    Arguments:
    G -- the current generated image, numpy array of any shape
    dG -- gradient of the cost J(G) with respect to G, same shape
    learning_rate -- step size

    Returns:
    G_new -- clip(G - learning_rate * dG, 0, 1), a new array (G itself is left unchanged)
    """
    # YOUR CODE STARTS HERE
    # stub: G_new = None
    G_new = np.clip(G - learning_rate * dG, 0.0, 1.0)
    # YOUR CODE ENDS HERE
    return G_new
