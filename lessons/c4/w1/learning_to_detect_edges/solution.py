"""Learning to detect edges: let gradient descent find a filter's nine numbers.

conv2d is given (it is the one you wrote in the edge detection lesson). Write
filter_cost_and_gradient, then learn_filter, between the YOUR CODE markers.
"""

import numpy as np

SOBEL = np.array([[1.0, 0.0, -1.0],
                  [2.0, 0.0, -2.0],
                  [1.0, 0.0, -1.0]])

SCHARR = np.array([[3.0, 0.0, -3.0],
                   [10.0, 0.0, -10.0],
                   [3.0, 0.0, -3.0]])


def conv2d(image, kernel):
    """Valid cross-correlation of a grey image (n_H, n_W) with an (f, f) kernel, stride 1."""
    f = kernel.shape[0]
    n_H, n_W = image.shape[0] - f + 1, image.shape[1] - f + 1
    Z = np.zeros((n_H, n_W))
    for h in range(n_H):
        for w in range(n_W):
            Z[h, w] = np.sum(image[h:h + f, w:w + f] * kernel)
    return Z


def filter_cost_and_gradient(image, kernel, target):
    """How far the kernel's edge map is from the target edge map, and which way to move.

    With Z = conv2d(image, kernel), E = Z - target and N = the number of pixels of Z:
        cost = (1 / (2N)) * sum(E ** 2)
        dK[i, j] = (1 / N) * sum over h, w of E[h, w] * image[h + i, w + j]

    Arguments:
    image -- grey image, numpy array of shape (n_H, n_W)
    kernel -- the current filter, numpy array of shape (f, f)
    target -- the edge map to reproduce, shape (n_H - f + 1, n_W - f + 1)

    Returns:
    cost -- a float
    dK -- gradient of the cost with respect to the kernel, shape (f, f)
    """
    # YOUR CODE STARTS HERE
    # stub: cost = None
    # stub: dK = None
    f = kernel.shape[0]
    E = conv2d(image, kernel) - target
    N = E.size
    cost = float(np.sum(E ** 2) / (2 * N))
    dK = np.zeros((f, f))
    for i in range(f):
        for j in range(f):
            dK[i, j] = np.sum(E * image[i:i + E.shape[0], j:j + E.shape[1]]) / N
    # YOUR CODE ENDS HERE
    return cost, dK


def learn_filter(image, target, kernel, num_iterations, learning_rate):
    """Gradient descent on the filter's weights so that conv2d(image, kernel) matches target.

    Arguments:
    image -- grey image, shape (n_H, n_W)
    target -- the edge map to reproduce, shape (n_H - f + 1, n_W - f + 1)
    kernel -- the starting filter, shape (f, f); leave the caller's array unchanged
    num_iterations -- how many gradient steps to take
    learning_rate -- the step size alpha

    Returns:
    kernel -- the learned filter, shape (f, f)
    costs -- list of num_iterations floats: the cost measured before each step
    """
    # YOUR CODE STARTS HERE
    # stub: costs = None
    kernel = kernel.copy()
    costs = []
    for _ in range(num_iterations):
        cost, dK = filter_cost_and_gradient(image, kernel, target)
        costs.append(cost)
        kernel = kernel - learning_rate * dK
    # YOUR CODE ENDS HERE
    return kernel, costs
