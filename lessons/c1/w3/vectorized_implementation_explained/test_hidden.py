"""Hidden tests: other shapes and seeds, compared with NumPy's own W @ X and broadcasting."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect


@pytest.mark.parametrize("seed, n, n_prev, m", [(1, 4, 2, 6), (2, 1, 5, 3), (3, 6, 3, 1), (4, 3, 7, 8)])
def test_product_by_columns_matches_matmul(seed, n, n_prev, m):
    """Column i of W X is W times column i of X: W keeps its shape (n, n_prev), every one of
    the m columns is filled."""
    rng = np.random.default_rng(seed)
    W, X = rng.normal(size=(n, n_prev)), rng.normal(size=(n_prev, m))
    expect(sub.product_by_columns(W, X), W @ X, "product_by_columns(W, X)")


def test_product_by_columns_one_example_at_a_time():
    """Only the last example is non-zero here, so only the LAST column of W X may be non-zero."""
    W = np.arange(10, dtype=float).reshape(5, 2)
    X = np.zeros((2, 4))
    X[:, 3] = [1.0, -1.0]
    expect(sub.product_by_columns(W, X), W @ X, "product_by_columns(W, X)")


@pytest.mark.parametrize("n, m", [(3, 5), (6, 2), (1, 4), (4, 1)])
def test_bias_columns_shapes(n, m):
    """An (n, m) matrix in which EVERY COLUMN is the column b."""
    b = np.random.default_rng(n * 10 + m).normal(size=(n, 1))
    expect(sub.bias_columns(b, m), np.hstack([b] * m), f"bias_columns(b, {m})")


def test_bias_columns_is_what_broadcasting_adds():
    """W X + bias_columns(b, m) must equal W X + b computed by NumPy's broadcasting."""
    rng = np.random.default_rng(17)
    W, X, b = rng.normal(size=(4, 3)), rng.normal(size=(3, 7)), rng.normal(size=(4, 1))
    expect(W @ X + sub.bias_columns(b, 7), W @ X + b, "W X + bias_columns(b, 7)")
