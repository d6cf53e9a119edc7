import numpy as np


def attention_weights(energies):
    exps = np.exp(energies)
    return exps / np.sum(exps, axis=1, keepdims=True)
