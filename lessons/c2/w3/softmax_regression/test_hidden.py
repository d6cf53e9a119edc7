"""Hidden tests: other shapes and seeds, huge scores, and the properties of a softmax."""

import math

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def column_softmax(Z):
    """Softmax written one column at a time with math, independently of the reference."""
    A = np.empty_like(Z, dtype=float)
    for j in range(Z.shape[1]):
        top = max(Z[:, j])
        exps = [math.exp(z - top) for z in Z[:, j]]
        A[:, j] = [e / sum(exps) for e in exps]
    return A


@pytest.mark.parametrize("seed, C, m", [(1, 4, 7), (2, 6, 3), (3, 3, 10), (4, 5, 1)])
def test_softmax_random(seed, C, m):
    """Each COLUMN is one example: exponentiate, then divide by the column's sum (axis=0,
    keepdims=True)."""
    Z = np.random.default_rng(seed).normal(0, 3, size=(C, m))
    expected = column_softmax(Z)
    expect(sub.softmax(Z.copy()), expected, f"softmax(Z of shape {Z.shape})")


def test_softmax_columns_are_distributions():
    """Every entry lies in (0, 1) and every column (not row) sums to 1."""
    Z = np.random.default_rng(5).normal(0, 2, size=(4, 9))
    A = sub.softmax(Z.copy())
    assert isinstance(A, np.ndarray) and A.shape == (4, 9), \
        f"softmax returned shape {getattr(A, 'shape', None)}, expected (4, 9)"
    assert np.all(A > 0) and np.all(A < 1), "every probability must lie strictly between 0 and 1"
    expect(A.sum(axis=0), np.ones(9), "column sums of softmax(Z)")


def test_softmax_huge_scores():
    """e^800 overflows float64 (the limit is about e^709): subtract each column's maximum before
    np.exp. The answer must be finite and unchanged."""
    Z = np.array([[800.0, -5.0, 710.0], [799.0, -3.0, 0.0], [795.0, -4.0, 709.0]])
    expected = column_softmax(Z)
    with np.errstate(all="ignore"):
        A = sub.softmax(Z.copy())
    expect(A, expected, "softmax(Z with scores around 800)")


def test_softmax_columns_far_apart():
    """Subtract the maximum of EACH column (axis=0), not of the whole matrix: otherwise a column
    far below the others underflows to 0 / 0."""
    Z = np.array([[900.0, -900.0, 2.0], [901.0, -901.0, 1.0], [899.0, -899.5, 0.0]])
    expected = column_softmax(Z)
    with np.errstate(all="ignore"):
        A = sub.softmax(Z.copy())
    expect(A, expected, "softmax(Z with columns around +900, -900 and 0)")


def test_softmax_shift_per_column():
    """Adding the same number to every score of a column does not change its probabilities, but
    a number added to a ROW does."""
    rng = np.random.default_rng(6)
    Z = rng.normal(size=(3, 5))
    shifted_columns = Z + rng.normal(0, 10, size=(1, 5))
    expect(sub.softmax(shifted_columns), column_softmax(Z), "softmax(Z + column offsets)")
    shifted_rows = Z + np.array([[0.0], [2.0], [-1.0]])
    expect(sub.softmax(shifted_rows), column_softmax(shifted_rows), "softmax(Z + row offsets)")


def test_softmax_two_classes_is_the_sigmoid():
    """With C = 2 and scores [z, 0], the first probability is sigmoid(z): softmax regression
    generalizes logistic regression."""
    z = np.linspace(-6, 6, 7)
    Z = np.vstack([z, np.zeros(7)])
    expect(sub.softmax(Z)[0], 1 / (1 + np.exp(-z)), "softmax([z, 0])[0]")


def test_softmax_leaves_z_alone():
    """Compute a new array: `Z -= Z.max(...)` would change the caller's scores."""
    Z = np.random.default_rng(7).normal(0, 3, size=(4, 6))
    before = Z.copy()
    sub.softmax(Z)
    expect(Z, before, "Z after softmax")


@pytest.mark.parametrize("seed, C, n_x, m", [(8, 4, 3, 9), (9, 3, 5, 6), (10, 6, 2, 1),
                                             (11, 5, 7, 12)])
def test_predict_random(seed, C, n_x, m):
    """Z = W X + b has one column of C scores per example; the prediction is the row index of the
    largest probability in each column, as a (1, m) row."""
    rng = np.random.default_rng(seed)
    W, b, X = rng.normal(size=(C, n_x)), rng.normal(size=(C, 1)), rng.normal(size=(n_x, m))
    scores = W @ X + b
    expected = np.array([[int(np.argmax(scores[:, j])) for j in range(m)]])
    expect(sub.predict(W.copy(), b.copy(), X.copy()), expected,
           f"predict(W {W.shape}, b {b.shape}, X {X.shape})")


def test_predict_uses_the_bias():
    """With W = 0 every score is its class's bias: all examples go to the class with the largest
    b."""
    W, b = np.zeros((4, 3)), np.array([[0.1], [-2.0], [0.7], [0.3]])
    X = np.random.default_rng(12).normal(size=(3, 5))
    expect(sub.predict(W, b, X), np.full((1, 5), 2), "predict(W=0, b, X)")


def test_predict_gives_class_indices():
    """Return the INDEX of the winning class (np.argmax), not its probability: integers from 0 to
    C - 1, in a (1, m) row."""
    rng = np.random.default_rng(13)
    W, b, X = rng.normal(0, 3, size=(5, 4)), rng.normal(size=(5, 1)), rng.normal(size=(4, 30))
    predictions = sub.predict(W, b, X)
    expected = reference().predict(W, b, X)
    expect(predictions, expected, "predict(W, b, X)")
    assert set(np.unique(predictions)) <= set(range(5)), "predictions must be class indices"
