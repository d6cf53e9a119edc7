"""Hidden tests: other layer sizes and seeds, compared with unit-by-unit formulas."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def sig(z):
    return 1 / (1 + np.exp(-z))


def unit_by_unit(a_prev, W, b):
    z = np.array([[sum(W[j, k] * a_prev[k, 0] for k in range(W.shape[1])) + b[j, 0]]
                  for j in range(W.shape[0])])
    return z, sig(z)


def random_params(rng, n_x, n_h, n_y):
    return {"W1": rng.normal(size=(n_h, n_x)), "b1": rng.normal(size=(n_h, 1)),
            "W2": rng.normal(size=(n_y, n_h)), "b2": rng.normal(size=(n_y, 1))}


@pytest.mark.parametrize("seed, n_prev, n", [(1, 2, 5), (2, 6, 3), (3, 4, 1)])
def test_layer_forward_random(seed, n_prev, n):
    """z = W a_prev + b with W of shape (n, n_prev): no transpose, and b is a column (n, 1)."""
    rng = np.random.default_rng(seed)
    a_prev, W, b = rng.normal(size=(n_prev, 1)), rng.normal(size=(n, n_prev)), rng.normal(size=(n, 1))
    z, a = sub.layer_forward(a_prev, W, b)
    z_expected, a_expected = unit_by_unit(a_prev, W, b)
    expect(z, z_expected, "z")
    expect(a, a_expected, "a")


def test_layer_forward_zero_weights():
    """With all weights zero every unit sees only its bias: z = b and a = sigmoid(b)."""
    b = np.array([[0.0], [2.0], [-1.0], [0.5]])
    z, a = sub.layer_forward(np.ones((3, 1)), np.zeros((4, 3)), b)
    expect(z, b, "z")
    expect(a, sig(b), "a")


@pytest.mark.parametrize("seed, n_x, n_h, n_y", [(4, 2, 4, 1), (5, 5, 3, 2), (6, 3, 7, 1)])
def test_forward_one_example_random(seed, n_x, n_h, n_y):
    """Layer 2 reads a1 (the hidden layer's activations), not x; return a2, not z2."""
    rng = np.random.default_rng(seed)
    x, params = rng.normal(size=(n_x, 1)), random_params(rng, n_x, n_h, n_y)
    z1, a1 = unit_by_unit(x, params["W1"], params["b1"])
    z2, a2 = unit_by_unit(a1, params["W2"], params["b2"])
    out, cache = sub.forward_one_example(x, params)
    expect(out, a2, "a2")
    expect(cache, {"z1": z1, "a1": a1, "z2": z2, "a2": a2}, "cache")


def test_forward_one_example_matches_reference():
    """The output is a probability, shape (n_y, 1), and the cache holds each layer's z and a."""
    rng = np.random.default_rng(11)
    x, params = rng.normal(size=(3, 1)), random_params(rng, 3, 5, 1)
    out, cache = sub.forward_one_example(x, params)
    ref_out, ref_cache = reference().forward_one_example(x, params)
    expect(out, ref_out, "a2")
    expect(cache, ref_cache, "cache")
