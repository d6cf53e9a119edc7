"""Hidden tests: non-square layers, both activations, the redundant bias, other networks."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def layer(seed, n_prev, n, m):
    """Previous activations, weights, gamma and beta for one layer."""
    rng = np.random.default_rng(seed)
    A_prev = rng.normal(size=(n_prev, m)) * rng.uniform(0.5, 5)
    W = rng.normal(size=(n, n_prev))
    gamma = rng.uniform(0.5, 2.0, size=(n, 1))
    beta = rng.normal(size=(n, 1))
    return A_prev, W, gamma, beta


@pytest.mark.parametrize("seed, n_prev, n, m, activation", [
    (1, 4, 3, 10, "relu"), (2, 2, 5, 7, "sigmoid"), (3, 6, 1, 12, "relu"),
    (4, 3, 7, 5, "sigmoid"), (5, 5, 2, 40, "relu")])
def test_bn_layer_forward_matches_the_reference(seed, n_prev, n, m, activation):
    """Z = np.dot(W, A_prev) (W is (n[l], n[l-1])), then batchnorm(Z, gamma, beta, epsilon),
    then the activation applied to Z_tilde."""
    A_prev, W, gamma, beta = layer(seed, n_prev, n, m)
    expected = reference().bn_layer_forward(A_prev.copy(), W.copy(), gamma.copy(), beta.copy(),
                                            activation)
    A, cache = sub.bn_layer_forward(A_prev, W, gamma, beta, activation)
    expect(A, expected[0], f"A ({activation}, W of shape {W.shape}, m={m})")
    expect(cache, expected[1], "cache")


def test_bn_layer_forward_normalizes_z_not_a():
    """Batch norm sits between Z and the activation: every row of cache['Z_tilde'] has mean
    beta, and A is the activation OF Z_tilde."""
    A_prev, W, gamma, beta = layer(6, 4, 3, 50)
    A, cache = sub.bn_layer_forward(A_prev, W, gamma, beta, "sigmoid")
    expect(cache["Z_tilde"].mean(axis=1, keepdims=True), beta, "row means of Z_tilde", atol=1e-6)
    expect(A, 1 / (1 + np.exp(-cache["Z_tilde"])), "A compared with sigmoid(Z_tilde)")


@pytest.mark.parametrize("activation", ["relu", "sigmoid"])
def test_bn_layer_forward_a_bias_changes_nothing(activation):
    """A bias added before batch norm is removed again when the mean is subtracted. Here the
    bias rides in as an extra input row of ones with weights b: the output must not change."""
    A_prev, W, gamma, beta = layer(7, 3, 4, 9)
    b = np.array([[5.0], [-2.0], [0.3], [40.0]])
    A_plain, _ = sub.bn_layer_forward(A_prev, W, gamma, beta, activation)
    A_biased, _ = sub.bn_layer_forward(np.vstack([A_prev, np.ones((1, 9))]), np.hstack([W, b]),
                                       gamma, beta, activation)
    expect(A_biased, A_plain, f"A with a bias vs without ({activation})")


def test_bn_layer_forward_activation_ranges():
    """relu outputs are never negative; sigmoid outputs lie strictly between 0 and 1. Use the
    activation you are asked for."""
    A_prev, W, gamma, beta = layer(8, 3, 3, 6)
    A_relu, _ = sub.bn_layer_forward(A_prev, W, gamma, beta, "relu")
    A_sig, _ = sub.bn_layer_forward(A_prev, W, gamma, beta, "sigmoid")
    assert np.all(A_relu >= 0), "relu gave negative activations"
    assert np.all((A_sig > 0) & (A_sig < 1)), "sigmoid gave values outside (0, 1)"
    assert np.any(A_relu == 0) and not np.any(A_sig == 0), "relu and sigmoid gave the same kind of output"


def test_bn_layer_forward_leaves_inputs_alone():
    """Build new arrays; do not modify A_prev, W, gamma or beta."""
    A_prev, W, gamma, beta = layer(9, 4, 2, 6)
    copies = (A_prev.copy(), W.copy(), gamma.copy(), beta.copy())
    sub.bn_layer_forward(A_prev, W, gamma, beta, "relu")
    expect((A_prev, W, gamma, beta), copies, "(A_prev, W, gamma, beta) afterwards")


def independent_count(layer_dims, batch_norm):
    weights = sum(a * b for a, b in zip(layer_dims[:-1], layer_dims[1:], strict=True))
    per_unit = 2 if batch_norm else 1
    return weights + per_unit * sum(layer_dims[1:])


@pytest.mark.parametrize("layer_dims", [[2, 1], [12288, 20, 7, 5, 1], [3, 10, 10, 6],
                                        [784, 128, 10], [4, 1, 4]])
@pytest.mark.parametrize("batch_norm", [False, True])
def test_count_parameters_networks(layer_dims, batch_norm):
    """Every layer l = 1 .. L has n[l] * n[l-1] weights. Without batch norm add n[l] biases;
    with batch norm add n[l] gammas and n[l] betas, and no bias."""
    expect(sub.count_parameters(list(layer_dims), batch_norm),
           independent_count(layer_dims, batch_norm),
           f"count_parameters({layer_dims}, batch_norm={batch_norm})")


def test_count_parameters_batch_norm_adds_one_per_unit():
    """Trading b for gamma and beta adds exactly one parameter per hidden or output unit."""
    dims = [6, 5, 4, 3]
    difference = sub.count_parameters(dims, True) - sub.count_parameters(dims, False)
    expect(difference, 12, "count with batch norm - count without")
