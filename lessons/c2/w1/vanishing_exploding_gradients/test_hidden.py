"""Hidden tests: random non-square layers, other depths and seeds, and the w^L growth law."""

from functools import reduce

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def chain(seed, dims):
    """Random weights W[l] of shape (dims[l], dims[l-1])."""
    rng = np.random.default_rng(seed)
    return [rng.normal(0, 1 / np.sqrt(dims[l - 1]), size=(dims[l], dims[l - 1]))
            for l in range(1, len(dims))]


@pytest.mark.parametrize("seed, dims, m", [(1, [3, 5, 2, 4], 6), (2, [4, 2, 7, 3, 1], 5),
                                           (3, [2, 6], 3), (4, [5, 5, 5, 5, 5, 5], 4)])
def test_deep_linear_forward_random_chain(seed, dims, m):
    """A[l] = W[l] A[l-1]: weights on the LEFT, no transpose, one entry per layer, A0 = X left out."""
    weights = chain(seed, dims)
    X = np.random.default_rng(seed + 50).normal(size=(dims[0], m))
    expected = reference().deep_linear_forward(X.copy(), [W.copy() for W in weights])
    expect(sub.deep_linear_forward(X, weights), expected, f"deep_linear_forward(X, dims {dims})")


@pytest.mark.parametrize("seed, dims", [(5, [3, 4, 2]), (6, [6, 3, 5, 2])])
def test_deep_linear_forward_output_is_the_product(seed, dims):
    """The last activation is W[L] ... W[2] W[1] X: every layer applied once, in order."""
    weights = chain(seed, dims)
    X = np.random.default_rng(seed + 60).normal(size=(dims[0], 7))
    product = reduce(lambda acc, W: W @ acc, weights, X)
    expect(sub.deep_linear_forward(X, weights)[-1], product, "A[L]")


@pytest.mark.parametrize("w, L", [(1.5, 20), (0.5, 20), (1.1, 35), (0.9, 7)])
def test_deep_linear_forward_grows_like_w_to_the_L(w, L):
    """With W[l] = w I the activations are w^l X: layer l must be multiplied by w exactly l times."""
    X = np.random.default_rng(L).normal(size=(3, 4))
    expected = [w ** l * X for l in range(1, L + 1)]
    expect(sub.deep_linear_forward(X, [w * np.eye(3)] * L), expected,
           f"deep_linear_forward(X, {L} layers of {w} I)", rtol=1e-9)


@pytest.mark.parametrize("seed, dims, m", [(7, [3, 5, 2, 4], 6), (8, [4, 2, 7, 3, 1], 5),
                                           (9, [2, 6], 3), (10, [4, 4, 4, 4, 4], 2)])
def test_deep_linear_backward_random_chain(seed, dims, m):
    """dA[l-1] = W[l]^T dA[l], starting from the LAST layer; grads[l] holds dA[l], dA0 first."""
    weights = chain(seed, dims)
    dAL = np.random.default_rng(seed + 70).normal(size=(dims[-1], m))
    expected = reference().deep_linear_backward(dAL.copy(), [W.copy() for W in weights])
    expect(sub.deep_linear_backward(dAL, weights), expected,
           f"deep_linear_backward(dAL, dims {dims})")


def test_deep_linear_backward_input_gradient_is_the_transposed_product():
    """dA0 = (W[L] ... W[1])^T dA[L]: the gradient of sum(dAL * A[L]) with respect to X."""
    weights = chain(11, [5, 3, 4, 2])
    dAL = np.random.default_rng(12).normal(size=(2, 6))
    product = reduce(lambda acc, W: W @ acc, weights, np.eye(5))
    expect(sub.deep_linear_backward(dAL, weights)[0], product.T @ dAL, "dA0")


@pytest.mark.parametrize("w, L", [(1.5, 20), (0.5, 20), (0.8, 9)])
def test_deep_linear_backward_shrinks_or_grows_like_w(w, L):
    """With W[l] = w I, dA[l] = w^(L-l) dA[L]: the layers nearest the input get the extreme values."""
    dAL = np.random.default_rng(L + 1).normal(size=(2, 3))
    expected = [w ** (L - l) * dAL for l in range(L)]
    expect(sub.deep_linear_backward(dAL, [w * np.eye(2)] * L), expected,
           f"deep_linear_backward(dAL, {L} layers of {w} I)", rtol=1e-9)
