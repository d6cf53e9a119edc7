"""Gradient descent with momentum: step along an exponentially weighted average of the gradients.

v_dW = beta * v_dW + (1 - beta) * dW,   W = W - learning_rate * v_dW   (v starts at 0).
Write the two functions between the YOUR CODE markers.
"""

import numpy as np


def momentum_step(w, dw, v, beta, learning_rate):
    """One update of gradient descent with momentum.

    Arguments:
    w -- the parameters, numpy array of any shape (do not modify it)
    dw -- the gradient of the cost at w, same shape as w
    v -- the velocity (average of past gradients), same shape as w (do not modify it)
    beta -- the momentum parameter, 0 <= beta < 1
    learning_rate -- the step size alpha

    Returns:
    w -- the updated parameters
    v -- the updated velocity
    """
    # YOUR CODE STARTS HERE
    # stub: w, v = None, None
    v = beta * v + (1 - beta) * dw
    w = w - learning_rate * v
    # YOUR CODE ENDS HERE
    return w, v


def run_momentum(grad, w0, beta, learning_rate, num_steps):
    """Run num_steps steps of momentum from w0 and record where the parameters go.

    Arguments:
    grad -- a function: grad(w) returns the gradient of the cost at w (same shape as w)
    w0 -- the starting parameters, numpy array
    beta -- the momentum parameter
    learning_rate -- the step size alpha
    num_steps -- how many updates to take

    Returns:
    path -- numpy array of shape (num_steps + 1,) + w0.shape: path[0] is w0, path[k] the
            parameters after k updates
    """
    # YOUR CODE STARTS HERE
    # stub: path = None
    w = w0
    v = np.zeros_like(w0, dtype=float)
    path = [w0]
    for _ in range(num_steps):
        w, v = momentum_step(w, grad(w), v, beta, learning_rate)
        path.append(w)
    path = np.array(path)
    # YOUR CODE ENDS HERE
    return path
