"""Gradient checking in practice: find the layer with the bug, and check the cost you really train.

relative_difference is given (you wrote it in the gradient checking lesson). Write
suspicious_parameters and regularized_cost_and_grads between the YOUR CODE markers.
Gradients are dicts keyed "dW1", "db1", ..., parameters dicts keyed "W1", "b1", ...
"""

import numpy as np


def relative_difference(grad, gradapprox):
    """||grad - gradapprox|| / (||grad|| + ||gradapprox||), for arrays of any (equal) shape."""
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return float(numerator / denominator)


def suspicious_parameters(grads, grads_approx, threshold=1e-5):
    """The gradients that fail the check, compared parameter by parameter, worst first.

    Arguments:
    grads -- dict of backpropagation's gradients, e.g. {"dW1": ..., "db1": ..., ...}
    grads_approx -- dict with the same keys and shapes: the numerical gradients
    threshold -- a gradient is suspicious when its relative difference is ABOVE this value

    Returns:
    suspects -- a list of the suspicious keys of grads, sorted from the largest relative
                difference to the smallest (an empty list when everything agrees)
    """
    # YOUR CODE STARTS HERE
    # stub: suspects = None
    differences = {key: relative_difference(grads[key], grads_approx[key]) for key in grads}
    suspects = [key for key in differences if differences[key] > threshold]
    suspects.sort(key=lambda key: differences[key], reverse=True)
    # YOUR CODE ENDS HERE
    return suspects


def regularized_cost_and_grads(cost, grads, parameters, lambd, m):
    """Add the L2 penalty to BOTH the cost and the weight gradients, so that they stay consistent.

    cost_reg = cost + (lambd / (2 m)) * sum over l of sum(W[l] ** 2)
    dW[l]_reg = dW[l] + (lambd / m) * W[l]        db[l]_reg = db[l]  (biases are not penalized)

    Arguments:
    cost -- the unregularized cost (cross-entropy), a number
    grads -- dict of the unregularized gradients "dW1", "db1", ..., "dWL", "dbL"; leave it unchanged
    parameters -- dict "W1", "b1", ..., "WL", "bL"
    lambd -- the regularization hyperparameter lambda
    m -- the number of training examples

    Returns:
    cost_reg -- the regularized cost, a float
    grads_reg -- a NEW dict with the same keys as grads, holding the regularized gradients
    """
    # YOUR CODE STARTS HERE
    # stub: cost_reg, grads_reg = None, None
    L = len(parameters) // 2
    penalty = sum(np.sum(np.square(parameters["W" + str(l)])) for l in range(1, L + 1))
    cost_reg = float(cost + lambd / (2 * m) * penalty)
    grads_reg = {key: np.copy(value) for key, value in grads.items()}
    for l in range(1, L + 1):
        grads_reg["dW" + str(l)] = grads["dW" + str(l)] + lambd / m * parameters["W" + str(l)]
    # YOUR CODE ENDS HERE
    return cost_reg, grads_reg
