import numpy as np


def attention_weights(energies):
    exps = np.exp(energies - np.max(energies))
    return exps / np.sum(exps)
