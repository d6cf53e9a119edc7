"""Hidden tests: other layer sizes and seeds, compared with the reference and a numerical
derivative."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def _layer(n, n_prev, m, seed):
    rng = np.random.default_rng(seed)
    return (rng.normal(size=(n_prev, m)), rng.normal(size=(n, n_prev)),
            rng.normal(size=(n, 1)), rng.normal(size=(n, m)))


@pytest.mark.parametrize("n, n_prev, m, seed", [(3, 4, 5, 1), (1, 6, 2, 2), (5, 2, 8, 3)])
def test_relu_block_forward_random(n, n_prev, m, seed):
    """Z = np.dot(W, A_prev) + b, A = np.maximum(0, Z), and the cache holds Z itself (not A)
    as its fourth item: (A_prev, W, b, Z)."""
    A_prev, W, b, _ = _layer(n, n_prev, m, seed)
    A, cache = sub.relu_block_forward(A_prev, W, b)
    A_ref, cache_ref = reference().relu_block_forward(A_prev, W, b)
    expect(A, A_ref, "A")
    expect(cache, cache_ref, "cache")


@pytest.mark.parametrize("n, n_prev, m, seed", [(3, 4, 5, 4), (2, 7, 3, 5), (4, 1, 6, 6)])
def test_relu_block_backward_random(n, n_prev, m, seed):
    """dZ = dA * (Z > 0); dW = dZ A_prev^T / m; db = sum over axis 1 with keepdims / m;
    dA_prev = W^T dZ (built from dZ, not dA, and with no 1/m)."""
    A_prev, W, b, Z = _layer(n, n_prev, m, seed)
    dA = np.random.default_rng(seed + 50).normal(size=(n, m))
    mine = sub.relu_block_backward(dA, (A_prev, W, b, Z))
    expected = reference().relu_block_backward(dA, (A_prev, W, b, Z))
    expect(tuple(mine), tuple(expected), "(dA_prev, dW, db)")


def test_relu_block_backward_at_zero():
    """Where Z is exactly 0 the ReLU's gradient is 0: use Z > 0, not Z >= 0."""
    A_prev = np.array([[1.0, 2.0, 3.0]])
    W, b = np.array([[1.0], [2.0]]), np.zeros((2, 1))
    Z = np.array([[0.0, 1.0, -1.0], [0.0, 0.0, 2.0]])
    dA = np.ones((2, 3))
    mine = sub.relu_block_backward(dA, (A_prev, W, b, Z))
    expected = reference().relu_block_backward(dA, (A_prev, W, b, Z))
    expect(tuple(mine), tuple(expected), "(dA_prev, dW, db) with Z = 0 entries")


def test_relu_block_backward_numerical_dW():
    """dW must equal the numerical derivative of J = (1/m) sum(dA * relu(W A_prev + b))."""
    A_prev, W, b, _ = _layer(3, 4, 6, 7)
    dA = np.random.default_rng(8).normal(size=(3, 6))
    m = A_prev.shape[1]

    def cost(W_):
        return float(np.sum(dA * np.maximum(0, W_ @ A_prev + b)) / m)

    Z = W @ A_prev + b
    _, dW, _ = sub.relu_block_backward(dA, (A_prev, W, b, Z))
    numeric = np.zeros_like(W)
    h = 1e-6
    for index in np.ndindex(W.shape):
        plus, minus = W.copy(), W.copy()
        plus[index] += h
        minus[index] -= h
        numeric[index] = (cost(plus) - cost(minus)) / (2 * h)
    expect(dW, numeric, "dW against a numerical derivative", rtol=1e-4, atol=1e-6)
