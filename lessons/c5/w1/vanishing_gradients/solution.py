"""Vanishing and exploding gradients in RNNs, and gradient clipping.

Backpropagation through time multiplies the gradient by (roughly) the same matrix once per time
step, so over T steps it shrinks or grows like |w|^T. You first watch that happen in a linear
recurrence, then write the two standard guards against explosions: clipping by value and
clipping by norm.

Notation: a<t> has shape (n_a, m), columns are examples. Gradients live in a dictionary such as
{"dWax": ..., "dWaa": ..., "dWya": ..., "db": ..., "dby": ...}.

Write each function between the YOUR CODE markers and keep the names and signatures.
"""

import numpy as np


def gradient_through_time(Waa, da_T, T):
    """Send a gradient back through T steps of the linear recurrence a<t> = Waa a<t-1> + Wax x<t>.

    Since d a<t> / d a<t-1> = Waa, the chain rule gives da<t-1> = Waa^T da<t>, one step at a time,
    starting from da<T> = da_T.

    Arguments:
    Waa -- the recurrent weights, numpy array of shape (n_a, n_a)
    da_T -- the gradient of the cost with respect to a<T>, shape (n_a, m)
    T -- the number of steps to go back (an int >= 0)

    Returns:
    da -- numpy array of shape (n_a, m, T + 1) where da[:, :, t] is the gradient with respect to
          a<t>; da[:, :, T] is da_T itself and da[:, :, 0] the gradient that reaches a<0>
    """
    # YOUR CODE STARTS HERE
    # stub: da = None
    n_a, m = da_T.shape
    da = np.zeros((n_a, m, T + 1))
    da[:, :, T] = da_T
    for t in range(T, 0, -1):
        da[:, :, t - 1] = np.dot(Waa.T, da[:, :, t])
    # YOUR CODE ENDS HERE
    return da


def clip_by_value(gradients, max_value):
    """Clip every entry of every gradient into the interval [-max_value, max_value].

    Arguments:
    gradients -- a dictionary of numpy arrays (any keys, any shapes)
    max_value -- a positive number

    Returns:
    clipped -- a NEW dictionary with the same keys; the input arrays are left unchanged
    """
    # YOUR CODE STARTS HERE
    # stub: clipped = None
    clipped = {}
    for name, gradient in gradients.items():
        clipped[name] = np.clip(gradient, -max_value, max_value)
    # YOUR CODE ENDS HERE
    return clipped


def clip_by_norm(gradients, max_norm):
    """Rescale all gradients together when their global L2 norm exceeds max_norm.

    global_norm = sqrt(sum over every array of the sum of its squared entries). If global_norm
    is larger than max_norm, every array is multiplied by max_norm / global_norm; otherwise the
    gradients are returned unchanged. The direction of the update is kept either way.

    Arguments:
    gradients -- a dictionary of numpy arrays (any keys, any shapes)
    max_norm -- a positive number

    Returns:
    clipped -- a NEW dictionary with the same keys; the input arrays are left unchanged
    global_norm -- the global norm BEFORE clipping, a Python float
    """
    # YOUR CODE STARTS HERE
    # stub: clipped = None
    # stub: global_norm = None
    global_norm = float(np.sqrt(sum(np.sum(g ** 2) for g in gradients.values())))
    scale = max_norm / global_norm if global_norm > max_norm else 1.0
    clipped = {name: g * scale for name, g in gradients.items()}
    # YOUR CODE ENDS HERE
    return clipped, global_norm
