"""Hidden tests: other shapes and seeds, known values, and a numerical gradient check."""

import math

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def softmax(Z):
    t = np.exp(Z - Z.max(axis=0, keepdims=True))
    return t / t.sum(axis=0, keepdims=True)


def batch(seed, C, n_x, m):
    """Inputs X (n_x, m), softmax outputs A (C, m) and one-hot labels Y (C, m)."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n_x, m))
    A = softmax(rng.normal(0, 2, size=(C, m)))
    Y = np.eye(C)[:, rng.integers(0, C, size=m)]
    return X, A, Y


def true_class_loss(A, Y):
    """-(1/m) * sum of log(probability of the true class), one example at a time."""
    m = Y.shape[1]
    return -sum(math.log(A[int(np.argmax(Y[:, j])), j]) for j in range(m)) / m


@pytest.mark.parametrize("seed, C, m", [(1, 4, 7), (2, 6, 3), (3, 3, 12), (4, 5, 1)])
def test_compute_cost_random(seed, C, m):
    """Only the true class's term survives in each column: the cost is the MEAN over the m
    examples of -log(probability given to the true class), not a mean over all C * m entries."""
    _, A, Y = batch(seed, C, 2, m)
    expected = true_class_loss(A, Y)
    expect(sub.compute_cost(A.copy(), Y.copy()), expected,
           f"compute_cost(A, Y of shape {Y.shape})")


def test_compute_cost_uniform_guess():
    """A model that gives every one of the C classes probability 1/C costs exactly log(C)."""
    for C in (2, 5, 10):
        A = np.full((C, 4), 1 / C)
        Y = np.eye(C)[:, [0, C - 1, 1, 0]]
        expect(sub.compute_cost(A, Y), math.log(C), f"compute_cost(uniform A, C={C})")


def test_compute_cost_confident_and_right():
    """Probabilities near 1 on the true class cost almost nothing; the cost is never negative.
    The other classes' probabilities do not enter the cost at all (this is not the two-term
    binary cross-entropy)."""
    Y = np.eye(3)[:, [2, 0, 1, 1]]
    A = 0.98 * Y + 0.01
    expect(sub.compute_cost(A, Y), -math.log(0.99), "compute_cost(A close to Y, Y)")


def test_compute_cost_is_a_mean():
    """The same examples twice give the same cost: divide the total by m."""
    _, A, Y = batch(5, 4, 2, 6)
    once = true_class_loss(A, Y)
    expect(sub.compute_cost(np.hstack([A, A]), np.hstack([Y, Y])), once,
           "compute_cost of a doubled batch")


def test_compute_cost_returns_a_float():
    """Return a single number (sum over classes AND examples), as a Python float."""
    _, A, Y = batch(6, 3, 2, 5)
    cost = sub.compute_cost(A, Y)
    expect(cost, reference().compute_cost(A, Y), "compute_cost(A, Y)", strict_type=True)


@pytest.mark.parametrize("seed, C, n_x, m", [(7, 4, 3, 8), (8, 3, 5, 2), (9, 6, 2, 11),
                                             (10, 5, 7, 1)])
def test_compute_gradients_random(seed, C, n_x, m):
    """dZ = A - Y (nothing more: the softmax's own slope is already folded in), dW = (1/m) dZ X^T
    with the shape of W (C, n_x), db = (1/m) times the sum of dZ along axis=1, kept as a column."""
    X, A, Y = batch(seed, C, n_x, m)
    dZ = A - Y
    expected = {"dZ": dZ, "dW": dZ @ X.T / m, "db": dZ.sum(axis=1).reshape(C, 1) / m}
    expect(sub.compute_gradients(X.copy(), A.copy(), Y.copy()), expected,
           f"compute_gradients(X {X.shape}, A {A.shape}, Y {Y.shape})")


def test_compute_gradients_dz_columns_sum_to_zero():
    """A and Y both sum to 1 in each column, so each column of dZ sums to 0: the true class's
    score is pushed up (negative gradient) and the others down."""
    X, A, Y = batch(12, 5, 3, 9)
    dZ = sub.compute_gradients(X, A, Y)["dZ"]
    expect(dZ.sum(axis=0), np.zeros(9), "column sums of dZ", atol=1e-12)
    expect(dZ * Y, (A - 1) * Y, "dZ at the true classes (should be a - 1 < 0)")


def test_compute_gradients_numerical_check():
    """Nudge each weight and bias and watch the cost move: your dW and db must match these
    numerical slopes of J(W, b) = cost(softmax(W X + b), Y)."""
    rng = np.random.default_rng(13)
    C, n_x, m = 3, 4, 6
    W, b, X = rng.normal(size=(C, n_x)), rng.normal(size=(C, 1)), rng.normal(size=(n_x, m))
    Y = np.eye(C)[:, rng.integers(0, C, size=m)]

    def J(W, b):
        return true_class_loss(softmax(W @ X + b), Y)

    eps = 1e-6
    dW_num, db_num = np.zeros_like(W), np.zeros_like(b)
    for index in np.ndindex(W.shape):
        step = np.zeros_like(W)
        step[index] = eps
        dW_num[index] = (J(W + step, b) - J(W - step, b)) / (2 * eps)
    for index in np.ndindex(b.shape):
        step = np.zeros_like(b)
        step[index] = eps
        db_num[index] = (J(W, b + step) - J(W, b - step)) / (2 * eps)
    grads = sub.compute_gradients(X, softmax(W @ X + b), Y)
    expect(grads["dW"], dW_num, "dW against the numerical gradient", rtol=1e-5, atol=1e-8)
    expect(grads["db"], db_num, "db against the numerical gradient", rtol=1e-5, atol=1e-8)


def test_compute_gradients_leaves_inputs_alone():
    """Compute new arrays: `A -= Y` would overwrite the caller's probabilities."""
    X, A, Y = batch(14, 4, 3, 5)
    copies = (X.copy(), A.copy(), Y.copy())
    sub.compute_gradients(X, A, Y)
    expect((X, A, Y), copies, "(X, A, Y) after compute_gradients")
