"""Hidden tests: random matrices and networks of several depths, plus properties of norms."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("shape", [(3, 5), (7, 2), (1, 6), (4, 4)])
def test_frobenius_norm_random(shape):
    """Square every entry, add them ALL up (no axis), then take the square root."""
    W = np.random.default_rng(sum(shape)).normal(size=shape)
    expect(sub.frobenius_norm(W), float(np.sqrt(np.sum(W * W))), f"frobenius_norm(W {shape})")


def test_frobenius_norm_is_not_the_spectral_norm():
    """np.linalg.norm(W, 2) is a different norm (the largest singular value); the Frobenius
    norm of the identity of size 4 is sqrt(4) = 2, not 1."""
    expect(sub.frobenius_norm(np.eye(4)), 2.0, "frobenius_norm(np.eye(4))")


def test_frobenius_norm_scales():
    """||c W|| = |c| ||W||: a norm measures size, whatever the signs of the entries."""
    W = np.random.default_rng(3).normal(size=(3, 4))
    expect(sub.frobenius_norm(-3.0 * W), 3.0 * float(np.sqrt(np.sum(W * W))),
           "frobenius_norm(-3 W)")


def test_frobenius_norm_of_a_column():
    """For a single column the Frobenius norm is the ordinary Euclidean length."""
    expect(sub.frobenius_norm(np.array([[3.0], [4.0], [12.0]])), 13.0,
           "frobenius_norm([[3], [4], [12]])")


def test_frobenius_norm_returns_a_number():
    """Return one number for the whole matrix, not one per row or column."""
    norm = sub.frobenius_norm(np.ones((2, 3)))
    assert isinstance(norm, (float, np.floating)) and np.ndim(norm) == 0, \
        f"expected a single float, got {norm!r}"
    expect(norm, float(np.sqrt(6.0)), "frobenius_norm(np.ones((2, 3)))")


def network(layer_dims, seed):
    rng = np.random.default_rng(seed)
    parameters = {}
    for layer in range(1, len(layer_dims)):
        parameters["W" + str(layer)] = rng.normal(size=(layer_dims[layer], layer_dims[layer - 1]))
        parameters["b" + str(layer)] = rng.normal(size=(layer_dims[layer], 1))
    return parameters


DIMS = [[2, 3, 1], [4, 5, 3, 1], [3, 6, 4, 2, 1], [5, 1]]


@pytest.mark.parametrize("dims", DIMS)
def test_l2_cost_random_networks(dims):
    """Add lambd / (2 m) times the sum of ||W[l]||_F^2 over EVERY layer l = 1..L."""
    parameters = network(dims, len(dims))
    copy = {key: value.copy() for key, value in parameters.items()}
    expected = reference().l2_cost(0.42, copy, 0.3, 17)
    expect(sub.l2_cost(0.42, parameters, 0.3, 17), expected, f"l2_cost on a {dims} network")


@pytest.mark.parametrize("dims", DIMS)
def test_l2_cost_independent_formula(dims):
    """The penalty is (lambd / (2 m)) * sum of all squared weights; biases are not penalized."""
    parameters = network(dims, 10 + len(dims))
    squares = sum(np.sum(parameters[f"W{k}"] ** 2) for k in range(1, len(dims)))
    expect(sub.l2_cost(1.3, parameters, 0.9, 40), 1.3 + 0.9 / 80 * squares,
           f"l2_cost on a {dims} network")


def test_l2_cost_ignores_biases():
    """Changing the biases must not change the penalty: only W[l] are regularized."""
    parameters = network([3, 4, 1], 5)
    squares = np.sum(parameters["W1"] ** 2) + np.sum(parameters["W2"] ** 2)
    parameters["b1"] = parameters["b1"] + 100.0
    parameters["b2"] = parameters["b2"] - 50.0
    expect(sub.l2_cost(0.5, parameters, 1.0, 10), 0.5 + squares / 20,
           "l2_cost with large biases")


def test_l2_cost_zero_lambda():
    """With lambd = 0 the regularized cost is just the cross-entropy cost."""
    expect(sub.l2_cost(0.731, network([2, 3, 1], 8), 0.0, 25), 0.731, "l2_cost(lambd=0)")


def test_l2_cost_leaves_parameters_alone():
    """Compute the penalty without changing the parameters dict or its arrays."""
    parameters = network([4, 3, 2, 1], 6)
    before = {key: value.copy() for key, value in parameters.items()}
    sub.l2_cost(0.2, parameters, 0.7, 12)
    expect(parameters, before, "parameters after the call")
    assert sorted(parameters) == sorted(before), "parameters gained or lost keys"
