import numpy as np


def attention_weights(energies):
    shifted = energies - np.max(energies, axis=0, keepdims=True)
    exps = np.exp(shifted)
    return exps / np.sum(exps, axis=0, keepdims=True)
