"""Hidden tests: fresh shapes and seeds, checked against the reference and a loop."""

import math

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

SHAPES = [(3, 5), (7, 2), (1, 4), (4, 1), (12, 9)]


def _problem(n_x, m, seed):
    rng = np.random.default_rng(seed)
    return rng.normal(0, 1, size=(n_x, 1)), float(rng.normal(0, 2)), rng.normal(0, 1, (n_x, m))


@pytest.mark.parametrize("shape", SHAPES)
def test_forward_propagate_random(shape):
    """A = sigmoid(np.dot(w.T, X) + b): a (1, m) row of probabilities, one per column of X."""
    w, b, X = _problem(*shape, seed=shape[0] * 100 + shape[1])
    expect(sub.forward_propagate(w, b, X), reference().forward_propagate(w, b, X),
           "forward_propagate(w, b, X)")


def test_forward_propagate_one_example_at_a_time():
    """Entry i must be 1 / (1 + e^-(w1*x1 + ... + wn*xn + b)) for column i of X."""
    w, b, X = _problem(4, 6, seed=21)
    A = sub.forward_propagate(w, b, X)
    expected = np.array([[1 / (1 + math.exp(-(sum(w[k, 0] * X[k, i] for k in range(4)) + b)))
                          for i in range(6)]])
    expect(A, expected, "forward_propagate(w, b, X)")


def test_forward_propagate_bias_only():
    """With w = 0 the score is just b, so every example gets sigmoid(b): did you add b?"""
    X = np.random.default_rng(5).normal(size=(3, 4))
    expect(sub.forward_propagate(np.zeros((3, 1)), 1.5, X),
           np.full((1, 4), 1 / (1 + math.exp(-1.5))), "forward_propagate(zeros, 1.5, X)")


def test_forward_propagate_is_a_probability():
    """Outputs lie strictly between 0 and 1, and a large positive score gives nearly 1."""
    X = np.array([[3.0, -3.0], [1.0, -1.0]])
    A = sub.forward_propagate(np.array([[2.0], [1.0]]), 0.0, X)
    assert isinstance(A, np.ndarray) and A.shape == (1, 2), "A must be a (1, m) array"
    assert A.min() > 0 and A.max() < 1, "the sigmoid keeps every output inside (0, 1)"
    assert A[0, 0] > 0.999 and A[0, 1] < 0.001, \
        "z = 7 must give a probability near 1, z = -7 one near 0 (check the sign in e^(-z))"
