"""Hidden tests: fresh texts, sizes and seeds, compared with the reference and with formulas."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed,T,vocab_size,window", [(1, 12, 5, 2), (6, 30, 8, 3), (9, 4, 6, 10)])
def test_cooccurrence_matrix_random(seed, T, vocab_size, window):
    """Count EVERY occurrence of j within `window` words on BOTH sides of each occurrence of i (not itself)."""
    indices = [int(i) for i in np.random.default_rng(seed).integers(0, vocab_size, size=T)]
    expected = reference().cooccurrence_matrix(list(indices), vocab_size, window)
    expect(sub.cooccurrence_matrix(indices, vocab_size, window), expected,
           "cooccurrence_matrix(indices, vocab_size, window)")


def test_cooccurrence_matrix_symmetric_and_total():
    """A symmetric window gives a symmetric X; with distinct words, the total is the number of pairs."""
    X = np.asarray(sub.cooccurrence_matrix([3, 0, 4, 1, 2], 6, 2), dtype=float)
    expect(X, X.T, "X versus its transpose")
    expect(float(X.sum()), 14.0, "the total count (5 words, window 2)")
    expect(np.diag(X), np.zeros(6), "the diagonal (no word repeats here)")


@pytest.mark.parametrize("x_max,alpha", [(100, 0.75), (10, 0.5), (50, 1.0)])
def test_glove_weight_random(x_max, alpha):
    """(X / x_max)^alpha below x_max, and exactly 1 at x_max and above: np.minimum(..., 1)."""
    X = np.random.default_rng(x_max).integers(0, 3 * x_max, size=(4, 7)).astype(float)
    expected = np.where(X < x_max, (X / x_max) ** alpha, 1.0)
    expect(sub.glove_weight(X.copy(), x_max, alpha), expected, f"glove_weight(X, {x_max}, {alpha})")


def test_glove_weight_endpoints():
    """f(0) = 0 (unseen pairs are ignored) and f grows but never goes past 1."""
    f = np.asarray(sub.glove_weight(np.array([0.0, 30.0, 70.0, 1e6])))
    expect(f[[0, 3]], np.array([0.0, 1.0]), "f(0) and f(1e6)")
    assert 0 < f[1] < f[2] < 1, f"f must increase between 0 and x_max, got {f}"


def _problem(seed, n_e, V):
    rng = np.random.default_rng(seed)
    X = rng.integers(0, 300, size=(V, V)).astype(float)
    X[rng.random((V, V)) < 0.4] = 0.0   # many pairs never occur
    return (rng.normal(size=(n_e, V)), rng.normal(size=(n_e, V)), rng.normal(size=V),
            rng.normal(size=V) * 2, X)


@pytest.mark.parametrize("seed,n_e,V", [(2, 3, 5), (8, 4, 9), (14, 2, 3)])
def test_glove_loss_random(seed, n_e, V):
    """Score_ij = theta_i . e_j + b_i + b'_j (b with the ROW i, b' with the column j); skip X_ij = 0."""
    theta, e, b, b_prime, X = _problem(seed, n_e, V)
    expected = 0.0
    for i in range(V):
        for j in range(V):
            if X[i, j] > 0:
                f = min((X[i, j] / 100) ** 0.75, 1.0)
                expected += f * (theta[:, i] @ e[:, j] + b[i] + b_prime[j] - np.log(X[i, j])) ** 2
    result = sub.glove_loss(theta, e, b, b_prime, X)
    assert np.isfinite(result), "the loss is not finite: log(0) must never enter the sum"
    expect(result, float(expected), "glove_loss(theta, e, b, b_prime, X)")


def test_glove_loss_zero_at_the_fit():
    """If theta_i . e_j + b_i + b'_j equals log X_ij for every seen pair, the loss is 0."""
    X = np.array([[0.0, np.e], [1.0, np.e ** 2]])
    theta, e = np.array([[1.0, 0.0]]), np.array([[1.0, 2.0]])
    b, b_prime = np.array([0.0, 3.0]), np.array([-3.0, -1.0])
    expect(sub.glove_loss(theta, e, b, b_prime, X), 0.0, "glove_loss at an exact fit", atol=1e-9)
