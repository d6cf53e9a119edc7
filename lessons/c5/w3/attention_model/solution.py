"""One step of the attention model, in numpy.

Shapes (rows are time steps, as in the course's Keras attention model):
a -- encoder activations, shape (T_x, n_a)
s_prev -- previous post-attention decoder state s<t-1>, shape (n_s,)
parameters -- dict of the small "energy" network:
    W1 (n_s + n_a, n_h), b1 (n_h,)   hidden layer, tanh
    W2 (n_h, 1),         b2 (1,)     energy layer, relu
"""

import numpy as np


def repeat_and_concat(s_prev, a):
    """Pair s<t-1> with every a<t'>: repeat s_prev T_x times and put it in front of a.

    Arguments:
    s_prev -- numpy array of shape (n_s,)
    a -- numpy array of shape (T_x, n_a)

    Returns:
    concat -- numpy array of shape (T_x, n_s + n_a); row t' is [s<t-1>; a<t'>]
    """
    # YOUR CODE STARTS HERE
    # stub: concat = None
    repeated = np.repeat(s_prev[np.newaxis, :], a.shape[0], axis=0)
    concat = np.concatenate([repeated, a], axis=1)
    # YOUR CODE ENDS HERE
    return concat


def one_step_attention(a, s_prev, parameters):
    """Attention weights alpha<t,.> and context c<t> for one output step.

    Arguments:
    a -- encoder activations, shape (T_x, n_a)
    s_prev -- previous decoder state, shape (n_s,)
    parameters -- dict with W1, b1, W2, b2 (see the module docstring)

    Returns:
    context -- numpy array of shape (n_a,): sum over t' of alphas[t'] * a[t']
    alphas -- numpy array of shape (T_x,): softmax of the energies over the T_x inputs
    """
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    # YOUR CODE STARTS HERE
    # stub: context = None
    # stub: alphas = None
    concat = repeat_and_concat(s_prev, a)
    hidden = np.tanh(np.dot(concat, W1) + b1)
    energies = np.maximum(0, np.dot(hidden, W2) + b2)[:, 0]
    exps = np.exp(energies - np.max(energies))
    alphas = exps / np.sum(exps)
    context = np.dot(alphas, a)
    # YOUR CODE ENDS HERE
    return context, alphas
