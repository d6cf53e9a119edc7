"""Attention weights and context vectors.

Notation (one sentence, rows are time steps as in the course's attention model):
a -- encoder activations, shape (T_x, n_a): row t' is a<t'>
energies -- shape (T_y, T_x): entry [t, t'] is e<t,t'>, how much output step t wants input t'
"""

import numpy as np


def attention_weights(energies):
    """Turn energies into attention weights with a softmax over the INPUT steps t'.

    Arguments:
    energies -- numpy array of shape (T_y, T_x)

    Returns:
    alphas -- numpy array of shape (T_y, T_x); every row is >= 0 and sums to 1
    """
    # YOUR CODE STARTS HERE
    # stub: alphas = None
    shifted = energies - np.max(energies, axis=1, keepdims=True)
    exps = np.exp(shifted)
    alphas = exps / np.sum(exps, axis=1, keepdims=True)
    # YOUR CODE ENDS HERE
    return alphas


def context_vectors(alphas, a):
    """Context c<t> = sum over t' of alpha<t,t'> a<t'>, for every output step t.

    Arguments:
    alphas -- attention weights, shape (T_y, T_x)
    a -- encoder activations, shape (T_x, n_a)

    Returns:
    context -- numpy array of shape (T_y, n_a): row t is c<t>
    """
    # YOUR CODE STARTS HERE
    # stub: context = None
    context = np.dot(alphas, a)
    # YOUR CODE ENDS HERE
    return context
