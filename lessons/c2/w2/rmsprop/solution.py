"""RMSprop: divide each step by the root mean square of that parameter's recent gradients.

s_dW = beta2 * s_dW + (1 - beta2) * dW^2,   W = W - learning_rate * dW / (sqrt(s_dW) + epsilon)
(s starts at 0; the square and the root are element-wise). Write the two functions between the
YOUR CODE markers.
"""

import numpy as np


def rmsprop_step(w, dw, s, beta2, learning_rate, epsilon=1e-8):
    """One RMSprop update of one parameter array.

    Arguments:
    w -- the parameters, numpy array of any shape (do not modify it)
    dw -- the gradient of the cost at w, same shape as w
    s -- the running average of the squared gradients, same shape as w (do not modify it)
    beta2 -- the averaging parameter, 0 <= beta2 < 1
    learning_rate -- the step size alpha
    epsilon -- a tiny number that keeps the division safe when s is 0

    Returns:
    w -- the updated parameters
    s -- the updated average of squared gradients
    """
    # YOUR CODE STARTS HERE
    # stub: w, s = None, None
    s = beta2 * s + (1 - beta2) * np.square(dw)
    w = w - learning_rate * dw / (np.sqrt(s) + epsilon)
    # YOUR CODE ENDS HERE
    return w, s


def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    """One RMSprop update of every W[l] and b[l] of an L-layer network.

    Arguments:
    parameters -- dict with "W1", "b1", ..., "WL", "bL"
    grads -- dict with "dW1", "db1", ..., "dWL", "dbL"
    s -- dict with "dW1", "db1", ..., "dWL", "dbL": the averages of the squared gradients
    beta2 -- the averaging parameter
    learning_rate -- the step size alpha
    epsilon -- keeps the division safe

    Returns:
    parameters -- dict with the updated "W1", "b1", ...
    s -- dict with the updated "dW1", "db1", ...
    """
    # YOUR CODE STARTS HERE
    # stub: parameters, s = None, None
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for name in ("W", "b"):
            key, grad_key = name + str(l), "d" + name + str(l)
            new_parameters[key], new_s[grad_key] = rmsprop_step(
                parameters[key], grads[grad_key], s[grad_key], beta2, learning_rate, epsilon)
    parameters, s = new_parameters, new_s
    # YOUR CODE ENDS HERE
    return parameters, s
