import numpy as np


def one_step_attention(a, s_prev, parameters):
    concat = repeat_and_concat(s_prev, a)  # noqa: F821 (defined in the solution)
    hidden = np.tanh(np.dot(concat, parameters["W1"]) + parameters["b1"])
    energies = np.maximum(0, np.dot(hidden, parameters["W2"]) + parameters["b2"])
    exps = np.exp(energies - np.max(energies, axis=1, keepdims=True))
    alphas = (exps / np.sum(exps, axis=1, keepdims=True))[:, 0]
    context = np.dot(alphas, a)
    return context, alphas
