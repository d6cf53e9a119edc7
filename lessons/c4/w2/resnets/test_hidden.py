"""Hidden tests: non-square weights, batches of examples, and properties of the shortcut."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def _params(seed, n, n1, m):
    rng = np.random.default_rng(seed)
    return (rng.normal(size=(n, m)), rng.normal(size=(n1, n)), rng.normal(size=(n1, 1)),
            rng.normal(size=(n, n1)), rng.normal(size=(n, 1)))


@pytest.mark.parametrize("seed, n, n1, m", [(1, 3, 5, 4), (2, 6, 2, 7), (3, 4, 4, 1)])
def test_plain_block_forward_random(seed, n, n1, m):
    """LINEAR -> RELU -> LINEAR -> RELU: np.dot(W1, A_prev) + b1, ReLU, then np.dot(W2, A1) +
    b2, ReLU. Both biases, both ReLUs."""
    args = _params(seed, n, n1, m)
    expected = reference().plain_block_forward(*[a.copy() for a in args])
    expect(sub.plain_block_forward(*args), expected, f"plain_block_forward (n={n}, n1={n1}, m={m})")


@pytest.mark.parametrize("seed, n, n1, m", [(4, 3, 5, 4), (5, 6, 2, 7), (6, 4, 4, 1)])
def test_residual_block_forward_random(seed, n, n1, m):
    """a[l+2] = relu(W2 relu(W1 a[l] + b1) + b2 + a[l]): the shortcut joins z[l+2] before the
    final ReLU."""
    args = _params(seed, n, n1, m)
    expected = reference().residual_block_forward(*[a.copy() for a in args])
    expect(sub.residual_block_forward(*args), expected,
           f"residual_block_forward (n={n}, n1={n1}, m={m})")


def test_residual_block_forward_is_nonnegative():
    """The block ends with a ReLU, so no output can be negative, even when a[l] is."""
    A_prev, W1, b1, W2, b2 = _params(7, 5, 3, 6)
    A2 = sub.residual_block_forward(A_prev - 3.0, W1, b1, W2, b2)
    expect(bool(np.all(A2 >= 0)), True, "all outputs >= 0")


def test_residual_block_forward_differs_from_plain_by_shortcut():
    """With all weights and biases at zero, z[l+2] = 0, so the block returns relu(a[l])."""
    rng = np.random.default_rng(8)
    A_prev = rng.normal(size=(4, 5))
    zeros = (np.zeros((3, 4)), np.zeros((3, 1)), np.zeros((4, 3)), np.zeros((4, 1)))
    expect(sub.residual_block_forward(A_prev, *zeros), np.maximum(A_prev, 0),
           "residual block with zero weights")


def test_residual_block_forward_leaves_inputs_alone():
    """Build new arrays; do not add into A_prev in place (A_prev += ...)."""
    args = _params(9, 3, 4, 2)
    copies = [a.copy() for a in args]
    sub.residual_block_forward(*args)
    expect(args[0], copies[0], "A_prev after the call")
