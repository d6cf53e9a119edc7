"""Hidden tests: other depths and widths (never square), other seeds, and the statistics that
give a wrong scale away."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

DIMS = [[3, 5, 2], [4, 7, 6, 1], [2, 10, 5, 1], [6, 1]]
SEEDS = [1, 3, 12]


def expected_keys(layers_dims):
    return sorted([f"W{l}" for l in range(1, len(layers_dims))]
                  + [f"b{l}" for l in range(1, len(layers_dims))])


def seeded(function, layers_dims, seed):
    np.random.seed(seed)
    return function(list(layers_dims))


# ---------------------------------------------------------------- zeros

@pytest.mark.parametrize("layers_dims", DIMS)
def test_initialize_parameters_zeros_matches(layers_dims):
    """W[l] is np.zeros((layers_dims[l], layers_dims[l-1])) and b[l] is np.zeros((layers_dims[l], 1)),
    for every l from 1 to L (the last layer included)."""
    expect(sub.initialize_parameters_zeros(list(layers_dims)),
           reference().initialize_parameters_zeros(list(layers_dims)),
           f"initialize_parameters_zeros({layers_dims})")


@pytest.mark.parametrize("layers_dims", DIMS)
def test_initialize_parameters_zeros_keys(layers_dims):
    """The keys are W1, b1, ..., WL, bL: numbered from 1 (W0 would be the input), one pair per
    layer that has weights."""
    parameters = sub.initialize_parameters_zeros(list(layers_dims))
    assert isinstance(parameters, dict), "return a dictionary"
    assert sorted(parameters) == expected_keys(layers_dims), (
        f"keys {sorted(parameters)}, expected {expected_keys(layers_dims)}")


def test_initialize_parameters_zeros_bias_is_a_column():
    """Each bias is a column of shape (layers_dims[l], 1), not a rank-1 array (n,)."""
    parameters = sub.initialize_parameters_zeros([5, 3, 2])
    for key, shape in (("b1", (3, 1)), ("b2", (2, 1))):
        assert np.shape(parameters[key]) == shape, (
            f"{key} has shape {np.shape(parameters[key])}, expected {shape}")


# ---------------------------------------------------------------- random

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("layers_dims", DIMS)
def test_initialize_parameters_random_matches(layers_dims, seed):
    """For l = 1, 2, ..., L in order: W[l] = np.random.randn(layers_dims[l], layers_dims[l-1]) * 10
    and b[l] = zeros (biases draw no random numbers)."""
    expect(seeded(sub.initialize_parameters_random, layers_dims, seed),
           seeded(reference().initialize_parameters_random, layers_dims, seed),
           f"initialize_parameters_random({layers_dims}) after np.random.seed({seed})")


def test_initialize_parameters_random_scale_is_ten():
    """LARGE weights: a standard normal (randn, centred on 0, half of them negative) times 10,
    so their standard deviation is about 10."""
    parameters = seeded(sub.initialize_parameters_random, [300, 200, 100], 5)
    for key in ("W1", "W2"):
        W = np.asarray(parameters[key], dtype=float)
        assert 9.5 < W.std() < 10.5, f"{key}'s standard deviation is {W.std():.4g}, not about 10"
        assert abs(W.mean()) < 0.5, f"{key}'s mean is {W.mean():.4g}: randn is centred on 0"
    assert not np.any(parameters["b1"]) and not np.any(parameters["b2"]), "biases are zeros"


def test_initialize_parameters_random_keys():
    """One W and one b per layer with weights, numbered from 1: W1, b1, ..., WL, bL."""
    parameters = seeded(sub.initialize_parameters_random, [4, 7, 6, 1], 2)
    assert sorted(parameters) == expected_keys([4, 7, 6, 1]), (
        f"keys {sorted(parameters)}, expected {expected_keys([4, 7, 6, 1])}")


# ---------------------------------------------------------------- He

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("layers_dims", DIMS)
def test_initialize_parameters_he_matches(layers_dims, seed):
    """For l = 1, ..., L in order: W[l] = np.random.randn(layers_dims[l], layers_dims[l-1])
    * np.sqrt(2 / layers_dims[l-1]); b[l] = zeros."""
    expect(seeded(sub.initialize_parameters_he, layers_dims, seed),
           seeded(reference().initialize_parameters_he, layers_dims, seed),
           f"initialize_parameters_he({layers_dims}) after np.random.seed({seed})")


def test_initialize_parameters_he_scale_follows_the_previous_layer():
    """He's spread is sqrt(2 / n[l-1]): it depends on the size of the layer FEEDING W[l] (its
    number of columns), not on the layer's own size, and the square root matters."""
    layers_dims = [400, 50, 200, 30]
    parameters = seeded(sub.initialize_parameters_he, layers_dims, 9)
    for l in range(1, len(layers_dims)):
        W = np.asarray(parameters[f"W{l}"], dtype=float)
        target = np.sqrt(2 / layers_dims[l - 1])
        assert abs(W.std() / target - 1) < 0.08, (
            f"W{l}'s standard deviation is {W.std():.4g}; He asks for sqrt(2 / "
            f"{layers_dims[l - 1]}) = {target:.4g}")


def test_initialize_parameters_he_biases_are_zero_columns():
    """The biases still start at zero, as columns (layers_dims[l], 1)."""
    parameters = seeded(sub.initialize_parameters_he, [3, 5, 2], 4)
    expect(parameters["b1"], np.zeros((5, 1)), "b1")
    expect(parameters["b2"], np.zeros((2, 1)), "b2")
