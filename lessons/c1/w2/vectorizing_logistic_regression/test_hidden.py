"""Hidden tests: fresh shapes and seeds, compared with the reference and a one-example formula."""

import math

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def _problem(seed, n_x, m):
    rng = np.random.default_rng(seed)
    w = rng.normal(size=(n_x, 1))
    b = float(rng.normal())
    X = rng.normal(size=(n_x, m))
    return w, b, X


@pytest.mark.parametrize("seed, n_x, m", [(0, 4, 7), (3, 6, 2), (9, 1, 5), (17, 5, 12)])
def test_forward_propagate_shapes(seed, n_x, m):
    """A has shape (1, m): one probability per example (column). Compute np.dot(w.T, X) + b, then the sigmoid."""
    w, b, X = _problem(seed, n_x, m)
    expect(sub.forward_propagate(w, b, X), reference().forward_propagate(w, b, X),
           "forward_propagate(w, b, X)")


def test_forward_propagate_matches_one_example_at_a_time():
    """Column i of the result must be sigmoid(w . x(i) + b), the bias included, for EVERY example."""
    w, b, X = _problem(41, 3, 8)
    expected = np.array([[1 / (1 + math.exp(-(float(np.sum(w[:, 0] * X[:, i])) + b)))
                          for i in range(X.shape[1])]])
    expect(sub.forward_propagate(w, b, X), expected, "forward_propagate(w, b, X)")


def test_forward_propagate_bias_only():
    """With w = 0 every prediction is sigmoid(b): check that b is added to every example."""
    X = np.random.default_rng(5).normal(size=(3, 4))
    expect(sub.forward_propagate(np.zeros((3, 1)), 2.0, X),
           np.full((1, 4), 1 / (1 + math.exp(-2.0))), "forward_propagate(0, 2.0, X)")


def test_forward_propagate_single_example():
    """m = 1 still gives a (1, 1) array, not a rank-1 array or a bare number."""
    w, b, X = _problem(23, 4, 1)
    expect(sub.forward_propagate(w, b, X), reference().forward_propagate(w, b, X),
           "forward_propagate(w, b, X)")


def test_forward_propagate_probabilities():
    """The outputs are probabilities: strictly between 0 and 1, after the sigmoid."""
    w, b, X = _problem(77, 5, 9)
    A = sub.forward_propagate(w, b, 3 * X)
    assert isinstance(A, np.ndarray) and A.shape == (1, 9), "A should be a (1, m) numpy array"
    assert np.all((A > 0) & (A < 1)), "every entry of A should lie strictly between 0 and 1"
