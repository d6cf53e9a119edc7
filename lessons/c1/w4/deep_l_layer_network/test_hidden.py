"""Hidden tests: other networks, compared with the formula."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect

NETWORKS = [[2, 1], [7, 3, 1], [10, 8, 6, 4, 2, 1], [5, 5, 5], [64, 1, 32, 1]]


@pytest.mark.parametrize("layer_dims", NETWORKS)
def test_num_layers_networks(layer_dims):
    """Count the LAYERS, not the units, and leave the input layer out: len(layer_dims) - 1."""
    expect(sub.num_layers(list(layer_dims)), len(layer_dims) - 1, f"num_layers({layer_dims})")


@pytest.mark.parametrize("layer_dims", NETWORKS)
def test_count_parameters_networks(layer_dims):
    """For EVERY layer l = 1..L (the output layer too): n[l] * n[l-1] weights plus n[l] biases
    (one bias per unit of layer l, not per input)."""
    expected = sum(layer_dims[l] * layer_dims[l - 1] + layer_dims[l]
                   for l in range(1, len(layer_dims)))
    expect(sub.count_parameters(list(layer_dims)), expected, f"count_parameters({layer_dims})")


def test_count_parameters_random_networks():
    """Check your loop against random networks of 1 to 6 layers."""
    rng = np.random.default_rng(4)
    for _ in range(20):
        layer_dims = [int(n) for n in rng.integers(1, 50, size=rng.integers(2, 8))]
        dims = np.array(layer_dims)
        expected = int(np.dot(dims[1:], dims[:-1]) + dims[1:].sum())
        expect(sub.count_parameters(layer_dims), expected, f"count_parameters({layer_dims})")


def test_count_parameters_logistic_regression():
    """A single sigmoid unit on n_x inputs learns n_x weights and 1 bias."""
    expect(sub.count_parameters([9, 1]), 10, "count_parameters([9, 1])")
