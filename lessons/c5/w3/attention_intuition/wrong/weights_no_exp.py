import numpy as np


def attention_weights(energies):
    return energies / np.sum(energies, axis=1, keepdims=True)
