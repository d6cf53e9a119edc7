"""Hidden tests: other layer sizes, compared with arrays of those shapes."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect


@pytest.mark.parametrize("n_x, n_h, n_y", [(5, 2, 3), (2, 7, 1), (12288, 20, 1)])
def test_layer_shapes_sizes(n_x, n_h, n_y):
    """W[l] has shape (n[l], n[l-1]): rows for THIS layer's units, columns for the previous layer's.
    b[l] is a column (n[l], 1)."""
    expect(sub.layer_shapes(n_x, n_h, n_y),
           {"W1": (n_h, n_x), "b1": (n_h, 1), "W2": (n_y, n_h), "b2": (n_y, 1)},
           f"layer_shapes({n_x}, {n_h}, {n_y})")


def test_layer_shapes_make_the_forward_pass_work():
    """Arrays with your shapes must multiply: W1 x + b1 is (n_h, m), W2 a1 + b2 is (n_y, m)."""
    n_x, n_h, n_y, m = 4, 6, 2, 5
    shapes = sub.layer_shapes(n_x, n_h, n_y)
    params = {k: np.ones(v) for k, v in shapes.items()}
    z1 = params["W1"] @ np.ones((n_x, m)) + params["b1"]
    z2 = params["W2"] @ z1 + params["b2"]
    assert z1.shape == (n_h, m), f"W1 x + b1 has shape {z1.shape}, expected {(n_h, m)}"
    assert z2.shape == (n_y, m), f"W2 a1 + b2 has shape {z2.shape}, expected {(n_y, m)}"


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_count_parameters_random_networks(seed):
    """Add n[l] * n[l-1] weights and n[l] biases for EVERY layer l = 1..L (the input layer has none)."""
    rng = np.random.default_rng(seed)
    dims = [int(d) for d in rng.integers(1, 30, size=int(rng.integers(2, 7)))]
    shapes = [(dims[l], dims[l - 1]) for l in range(1, len(dims))]
    expected = sum(r * c + r for r, c in shapes)
    expect(sub.count_parameters(dims), expected, f"count_parameters({dims})")


def test_count_parameters_logistic_regression():
    """[n_x, 1] is logistic regression: n_x weights and one bias."""
    expect(sub.count_parameters([12288, 1]), 12289, "count_parameters([12288, 1])")


def test_count_parameters_bias_per_unit():
    """Biases belong to the units of layers 1..L, one each: a wide input adds weights, not biases."""
    expect(sub.count_parameters([100, 3, 2]), 100 * 3 + 3 + 3 * 2 + 2,
           "count_parameters([100, 3, 2])")
