"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

Z = np.array([[2.0, 4.0, 6.0, 8.0],
              [1.0, 1.0, 4.0, -2.0]])
GAMMA = np.array([[2.0], [0.5]])
BETA = np.array([[1.0], [-1.0]])


def test_batchnorm_forward_example():
    Z_tilde, cache = sub.batchnorm_forward(Z.copy(), GAMMA.copy(), BETA.copy())
    expect(Z_tilde, np.array([[-1.68328157, 0.10557281, 1.89442719, 3.68328157],
                              [-1.0, -1.0, -0.29289322, -1.70710678]]),
           "Z_tilde")
    expect(cache["mu"], np.array([[5.0], [1.0]]), "cache['mu']")
    expect(cache["var"], np.array([[5.0], [4.5]]), "cache['var']")
    expect(cache["Z_norm"], np.array([[-1.34164079, -0.44721360, 0.44721360, 1.34164079],
                                      [0.0, 0.0, 1.41421356, -1.41421356]]),
           "cache['Z_norm']")


def test_identity_gamma_beta_example():
    expect(sub.identity_gamma_beta(Z.copy()), (np.array([[2.23606798], [2.12132034]]),
                                        np.array([[5.0], [1.0]])),
           "identity_gamma_beta(Z)")
