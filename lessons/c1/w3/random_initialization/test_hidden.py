"""Hidden tests: other sizes and seeds, and the symmetry property itself."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("n_x, n_h, n_y, seed", [(3, 5, 1, 1), (6, 2, 2, 7), (2, 7, 1, 2)])
def test_initialize_random_sizes_and_seeds(n_x, n_h, n_y, seed):
    """np.random.seed(seed), then W1 = randn(n_h, n_x) * 0.01 FIRST and W2 = randn(n_y, n_h) * 0.01
    second; biases are zero columns."""
    expect(sub.initialize_random(n_x, n_h, n_y, seed=seed),
           reference().initialize_random(n_x, n_h, n_y, seed=seed),
           f"initialize_random({n_x}, {n_h}, {n_y}, seed={seed})")


def test_initialize_random_is_small_and_asymmetric():
    """Weights must be SMALL (scaled by 0.01) so tanh starts in its steep middle, and different
    from unit to unit."""
    p = sub.initialize_random(10, 8, 1, seed=5)
    assert np.all(np.abs(p["W1"]) < 0.06) and np.all(np.abs(p["W2"]) < 0.06), \
        "weights should be around 0.01 in size, not around 1"
    assert not np.allclose(p["W1"], p["W1"][0:1, :]), "the hidden units must start different"
    expect(p["b1"], np.zeros((8, 1)), "b1")


def test_initialize_random_reproducible():
    """The same seed gives the same parameters: seed numpy's generator inside the function."""
    np.random.seed(123)
    first = sub.initialize_random(4, 3, 1, seed=9)
    np.random.randn(50)
    second = sub.initialize_random(4, 3, 1, seed=9)
    expect(second, first, "initialize_random(4, 3, 1, seed=9) called twice")


def test_hidden_units_identical_rows_not_columns():
    """A hidden unit is a ROW of W1: equal rows with different entries inside each row are identical units."""
    row = np.array([[0.3, -1.2, 0.7]])
    expect(sub.hidden_units_identical(np.tile(row, (5, 1))), True, "hidden_units_identical(W1)")
    expect(sub.hidden_units_identical(np.tile(np.array([[0.4], [0.1]]), (1, 3))), False,
           "hidden_units_identical(W1 with equal columns)")


def test_hidden_units_identical_uses_absolute_difference():
    """Rows BELOW the first one differ too: compare |W1 - first row| with tol, not the signed difference."""
    W1 = np.array([[1.0, 1.0], [0.5, 0.2], [-3.0, 0.0]])
    expect(sub.hidden_units_identical(W1), False, "hidden_units_identical(W1)")


def test_hidden_units_identical_checks_every_row():
    """Every row must match, not only the first two."""
    W1 = np.array([[0.2, 0.1], [0.2, 0.1], [0.2, 0.1], [0.9, 0.1]])
    expect(sub.hidden_units_identical(W1), False, "hidden_units_identical(W1)")
    expect(sub.hidden_units_identical(np.array([[0.5, -0.5]])), True,
           "hidden_units_identical(a single unit)")
    expect(sub.hidden_units_identical(np.array([[0.5, 0.5], [0.5 + 1e-13, 0.5]])), True,
           "hidden_units_identical(rows within tol)")


@pytest.mark.parametrize("seed", [3, 4])
def test_hidden_units_identical_after_training(seed):
    """Symmetric starting weights stay symmetric however long you train; random ones do not."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(3, 20))
    Y = (rng.random((1, 20)) > 0.5).astype(float)
    sym = {"W1": np.full((5, 3), 0.3), "b1": np.zeros((5, 1)),
           "W2": np.full((1, 5), 0.3), "b2": np.zeros((1, 1))}
    trained = reference().train(X, Y, sym, 0.5, 200)
    expect(sub.hidden_units_identical(trained["W1"]), True, "hidden_units_identical(W1 from symmetric start)")
    trained = reference().train(X, Y, reference().initialize_random(3, 5, 1, seed), 0.5, 200)
    expect(sub.hidden_units_identical(trained["W1"]), False, "hidden_units_identical(W1 from random start)")
