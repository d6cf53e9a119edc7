"""Adam: momentum and RMSprop together, both averages bias-corrected.

v = beta1 * v + (1 - beta1) * dW          v_hat = v / (1 - beta1^t)
s = beta2 * s + (1 - beta2) * dW^2        s_hat = s / (1 - beta2^t)
W = W - learning_rate * v_hat / (sqrt(s_hat) + epsilon)

t counts the updates taken so far, starting at 1. Write the two functions between the
YOUR CODE markers.
"""

import numpy as np


def adam_step(w, dw, v, s, t, learning_rate=0.01, beta1=0.9, beta2=0.999, epsilon=1e-8):
    """One Adam update of one parameter array.

    Arguments:
    w -- the parameters, numpy array of any shape (do not modify it)
    dw -- the gradient of the cost at w, same shape as w
    v -- the running average of the gradients (uncorrected), same shape as w
    s -- the running average of the squared gradients (uncorrected), same shape as w
    t -- the number of this update, counted from 1
    learning_rate -- the step size alpha
    beta1 -- the momentum parameter (first moment)
    beta2 -- the RMSprop parameter (second moment)
    epsilon -- keeps the division safe

    Returns:
    w -- the updated parameters
    v -- the updated average of the gradients (NOT bias-corrected)
    s -- the updated average of the squared gradients (NOT bias-corrected)
    """
    # YOUR CODE STARTS HERE
    # stub: w, v, s = None, None, None
    v = beta1 * v + (1 - beta1) * dw
    s = beta2 * s + (1 - beta2) * np.square(dw)
    v_hat = v / (1 - beta1 ** t)
    s_hat = s / (1 - beta2 ** t)
    w = w - learning_rate * v_hat / (np.sqrt(s_hat) + epsilon)
    # YOUR CODE ENDS HERE
    return w, v, s


def run_adam(grad, w0, num_steps, learning_rate=0.01, beta1=0.9, beta2=0.999, epsilon=1e-8):
    """Run num_steps Adam updates from w0 and record where the parameters go.

    Arguments:
    grad -- a function: grad(w) returns the gradient of the cost at w (same shape as w)
    w0 -- the starting parameters, numpy array
    num_steps -- how many updates to take
    learning_rate, beta1, beta2, epsilon -- passed on to adam_step

    Returns:
    path -- numpy array of shape (num_steps + 1,) + w0.shape: path[0] is w0, path[k] the
            parameters after k updates
    """
    # YOUR CODE STARTS HERE
    # stub: path = None
    w = w0
    v = np.zeros_like(w0, dtype=float)
    s = np.zeros_like(w0, dtype=float)
    path = [w0]
    for t in range(1, num_steps + 1):
        w, v, s = adam_step(w, grad(w), v, s, t, learning_rate, beta1, beta2, epsilon)
        path.append(w)
    path = np.array(path)
    # YOUR CODE ENDS HERE
    return path
