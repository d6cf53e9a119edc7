"""Hidden tests: other sizes and seeds, compared with a per-example computation."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

SIZES = [(1, 2, 5, 1, 7), (2, 4, 3, 2, 6), (3, 3, 6, 1, 1), (4, 5, 2, 1, 9)]


def sig(z):
    return 1 / (1 + np.exp(-z))


def random_case(seed, n_x, n_h, n_y, m):
    rng = np.random.default_rng(seed)
    params = {"W1": rng.normal(size=(n_h, n_x)), "b1": rng.normal(size=(n_h, 1)),
              "W2": rng.normal(size=(n_y, n_h)), "b2": rng.normal(size=(n_y, 1))}
    return rng.normal(size=(n_x, m)), params


def one_by_one(X, p):
    columns = []
    for i in range(X.shape[1]):
        a1 = sig(p["W1"] @ X[:, [i]] + p["b1"])
        columns.append(sig(p["W2"] @ a1 + p["b2"]))
    return np.hstack(columns)


@pytest.mark.parametrize("seed, n_x, n_h, n_y, m", SIZES)
def test_forward_loop_random(seed, n_x, n_h, n_y, m):
    """Take each example as a COLUMN X[:, i:i+1] of shape (n_x, 1), and fill column i of A2,
    for every i including the last."""
    X, params = random_case(seed, n_x, n_h, n_y, m)
    expect(sub.forward_loop(X, params), one_by_one(X, params), "forward_loop(X, parameters)")


def test_forward_loop_columns_are_independent():
    """Example i's output depends on example i only: reordering the columns reorders A2."""
    X, params = random_case(8, 3, 4, 1, 5)
    order = [4, 2, 0, 3, 1]
    expect(sub.forward_loop(X[:, order], params), one_by_one(X, params)[:, order],
           "forward_loop(X_reordered, parameters)")


@pytest.mark.parametrize("seed, n_x, n_h, n_y, m", SIZES)
def test_forward_vectorized_random(seed, n_x, n_h, n_y, m):
    """Z1 = W1 X + b1 is (n_h, m): b1 (n_h, 1) is broadcast across the m columns; layer 2
    reads A1."""
    X, params = random_case(seed, n_x, n_h, n_y, m)
    out, cache = sub.forward_vectorized(X, params)
    expect(out, one_by_one(X, params), "A2")
    expect(cache, reference().forward_vectorized(X, params)[1], "cache")


def test_forward_vectorized_agrees_with_loop():
    """The vectorized pass and the loop compute the same thing: column i is example i."""
    X, params = random_case(21, 4, 6, 1, 11)
    expect(sub.forward_vectorized(X, params)[0], one_by_one(X, params), "A2")
