"""Hidden tests: projections of every shape, the identity property, deep stacks."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def _block(rng, n, n1, n2, proj):
    block = {"W1": rng.normal(size=(n1, n)), "b1": rng.normal(size=(n1, 1)),
             "W2": rng.normal(size=(n2, n1)), "b2": rng.normal(size=(n2, 1))}
    if proj:
        block["Ws"] = rng.normal(size=(n2, n))
    return block


@pytest.mark.parametrize("seed, n, n1, n2, m", [(1, 3, 5, 4, 6), (2, 6, 2, 3, 1), (3, 2, 4, 7, 5)])
def test_residual_block_projection_random(seed, n, n1, n2, m):
    """With a projection: a[l+2] = relu(W2 relu(W1 a + b1) + b2 + Ws a), where Ws (n2, n)
    multiplies a[l] from the left, and the sum goes through ONE final ReLU."""
    rng = np.random.default_rng(seed)
    A = rng.normal(size=(n, m))
    p = _block(rng, n, n1, n2, True)
    expected = reference().residual_block(A.copy(), p["W1"], p["b1"], p["W2"], p["b2"], p["Ws"])
    got = sub.residual_block(A, p["W1"], p["b1"], p["W2"], p["b2"], p["Ws"])
    expect(got, expected, f"residual_block with Ws of shape {(n2, n)}, m={m}")


@pytest.mark.parametrize("seed, n, n1, m", [(4, 4, 3, 5), (5, 3, 6, 2)])
def test_residual_block_identity_random(seed, n, n1, m):
    """Without Ws the shortcut is a[l] itself: relu(z[l+2] + a[l])."""
    rng = np.random.default_rng(seed)
    A = rng.normal(size=(n, m))
    p = _block(rng, n, n1, n, False)
    expected = reference().residual_block(A.copy(), p["W1"], p["b1"], p["W2"], p["b2"])
    expect(sub.residual_block(A, p["W1"], p["b1"], p["W2"], p["b2"]), expected,
           "residual_block with an identity shortcut")


def test_residual_block_zero_weights_with_projection():
    """If W1, W2, b1, b2 are all 0 then z[l+2] = 0 and the block returns relu(Ws a[l])."""
    rng = np.random.default_rng(6)
    A = rng.normal(size=(3, 4))
    Ws = rng.normal(size=(5, 3))
    got = sub.residual_block(A, np.zeros((2, 3)), np.zeros((2, 1)), np.zeros((5, 2)),
                             np.zeros((5, 1)), Ws)
    expect(got, np.maximum(Ws @ A, 0), "zero block with a projection")


def test_residual_stack_deep_random():
    """Each block takes the PREVIOUS block's output; blocks with "Ws" change the size."""
    rng = np.random.default_rng(7)
    sizes = [(3, 4, 3, False), (3, 2, 5, True), (5, 6, 5, False), (5, 3, 2, True)]
    blocks = [_block(rng, *s) for s in sizes]
    A0 = rng.normal(size=(3, 4))
    expected = reference().residual_stack(A0.copy(), blocks)
    expect(sub.residual_stack(A0, blocks), expected, "residual_stack of 4 blocks")


def test_residual_stack_identity_at_any_depth():
    """Zero-weight identity blocks pass non-negative activations through unchanged, however
    many there are: extra residual layers cannot hurt at the start."""
    rng = np.random.default_rng(8)
    A0 = rng.random((4, 6))
    zero = {"W1": np.zeros((2, 4)), "b1": np.zeros((2, 1)), "W2": np.zeros((4, 2)),
            "b2": np.zeros((4, 1))}
    for depth in (1, 5, 50):
        expect(sub.residual_stack(A0, [zero] * depth), A0, f"{depth} zero blocks")
