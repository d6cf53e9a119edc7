"""Hidden tests: random images and weights with non-square shapes, compared with the reference."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed,m,n", [(1, 5, 3), (4, 2, 7), (9, 6, 128)])
def test_l2_normalize_random(seed, m, n):
    """Divide every ROW by its own length: norm over axis 1 with keepdims=True."""
    E = np.random.default_rng(seed).normal(size=(m, n))
    exp = reference().l2_normalize(E.copy())
    expect(sub.l2_normalize(E), exp, "l2_normalize(E)")


def test_l2_normalize_unit_rows():
    """After normalising, every row has length exactly 1 and points the same way as before."""
    E = np.random.default_rng(2).normal(size=(4, 9)) * np.array([[0.1], [1.0], [10.0], [100.0]])
    out = sub.l2_normalize(E)
    expect(np.linalg.norm(out, axis=1), np.ones(4), "row lengths after l2_normalize")
    expect(out * np.linalg.norm(E, axis=1, keepdims=True), E, "rows scaled back")


def test_l2_normalize_leaves_input_alone():
    """Return a new array; do not divide E in place."""
    E = np.random.default_rng(3).normal(size=(3, 5))
    E0 = E.copy()
    sub.l2_normalize(E)
    expect(E, E0, "E after l2_normalize")


@pytest.mark.parametrize("seed,m,n_x,n_e", [(5, 4, 10, 6), (6, 3, 5, 128), (7, 1, 12, 3)])
def test_encode_random(seed, m, n_x, n_e):
    """Z = X @ W.T + b (W is (n_e, n_x), one image per row), then l2_normalize(Z)."""
    rng = np.random.default_rng(seed)
    X, W, b = rng.normal(size=(m, n_x)), rng.normal(size=(n_e, n_x)), rng.normal(size=n_e)
    exp = reference().encode(X.copy(), W.copy(), b.copy())
    expect(sub.encode(X, W, b), exp, "encode(X, W, b)")


def test_encode_independent_formula():
    """Each encoding is the unit vector along W x + b, computed one image at a time."""
    rng = np.random.default_rng(8)
    X, W, b = rng.normal(size=(3, 4)), rng.normal(size=(5, 4)), rng.normal(size=5)
    exp = np.array([(W @ x + b) / np.linalg.norm(W @ x + b) for x in X])
    expect(sub.encode(X, W, b), exp, "encode(X, W, b)")


@pytest.mark.parametrize("seed,m,n_x,n_e", [(10, 5, 8, 128), (11, 2, 3, 4), (12, 7, 6, 16)])
def test_siamese_distance_random(seed, m, n_x, n_e):
    """One squared distance per PAIR: sum (f(x1) - f(x2))^2 over the encoding axis, shape (m,)."""
    rng = np.random.default_rng(seed)
    X1, X2 = rng.normal(size=(m, n_x)), rng.normal(size=(m, n_x))
    W, b = rng.normal(size=(n_e, n_x)), rng.normal(size=n_e)
    exp = reference().siamese_distance(X1.copy(), X2.copy(), W.copy(), b.copy())
    expect(sub.siamese_distance(X1, X2, W, b), exp, "siamese_distance(X1, X2, W, b)")


def test_siamese_distance_properties():
    """Distances of unit encodings are squared (no sqrt), lie in [0, 4], are 0 for identical images and symmetric."""
    rng = np.random.default_rng(13)
    X1, X2 = rng.normal(size=(6, 5)), rng.normal(size=(6, 5))
    W, b = rng.normal(size=(8, 5)), rng.normal(size=8)
    d = sub.siamese_distance(X1, X2, W, b)
    assert np.all(d >= -1e-12) and np.all(d <= 4 + 1e-9), "squared distances of unit vectors lie in [0, 4]"
    expect(sub.siamese_distance(X2, X1, W, b), d, "siamese_distance(X2, X1) (symmetry)")
    expect(sub.siamese_distance(X1, X1, W, b), np.zeros(6), "siamese_distance(X1, X1)", atol=1e-9)
    cos = np.sum(reference().encode(X1, W, b) * reference().encode(X2, W, b), axis=1)
    expect(d, 2 - 2 * cos, "siamese_distance compared with 2 - 2 cos(angle)")
