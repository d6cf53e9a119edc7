"""Hidden tests: deeper networks, other sizes, compared with the reference."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def _network(layer_dims, m, seed):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.normal(0, 1, (layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = rng.normal(0, 0.5, (layer_dims[l], 1))
    return rng.normal(size=(layer_dims[0], m)), parameters


@pytest.mark.parametrize("layer_dims, m, seed", [([4, 3, 1], 5, 1), ([6, 5, 4, 3, 1], 7, 2),
                                                 ([3, 1], 4, 3), ([5, 8, 2, 1], 1, 4)])
def test_forward_pass_matches_reference(layer_dims, m, seed):
    """One iteration per layer l = 1..L: Z = np.dot(W[l], A_prev) + b[l] (A_prev is the
    PREVIOUS layer's activation), relu for l < L, sigmoid for l == L. The list starts with X."""
    X, parameters = _network(layer_dims, m, seed)
    mine = sub.forward_pass(X, parameters)
    expected = reference().forward_pass(X, parameters)
    expect(len(mine), len(expected), "len(activations) (L + 1 arrays: A0 ... AL)")
    expect(list(mine), list(expected), "activations")


def test_forward_pass_hidden_layers_are_relu():
    """Hidden activations come from ReLU: never negative, and exactly 0 wherever Z < 0."""
    X, parameters = _network([5, 6, 6, 1], 9, 5)
    activations = sub.forward_pass(X, parameters)
    for l in (1, 2):
        assert np.all(activations[l] >= 0), f"A{l} has negative entries: is it a ReLU?"
        assert np.any(activations[l] == 0), f"A{l} has no zeros: ReLU sets negative Z to 0"


def test_forward_pass_output_is_probability():
    """The output layer uses a sigmoid: every entry of A[L] is strictly between 0 and 1."""
    X, parameters = _network([3, 4, 1], 12, 6)
    AL = sub.forward_pass(X, parameters)[-1]
    assert AL.shape == (1, 12), f"A[L] should have shape (1, 12), got {AL.shape}"
    assert np.all((AL > 0) & (AL < 1)), "A[L] should be probabilities (sigmoid)"
