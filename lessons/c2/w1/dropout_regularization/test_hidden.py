"""Hidden tests: other shapes, seeds and keep_probs, and the properties of inverted dropout
(survivors scaled by 1 / keep_prob, expected value unchanged, same mask going back)."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

CASES = [((3, 5), 0.7, 1), ((6, 2), 0.5, 2), ((1, 7), 0.86, 3), ((4, 9), 0.9, 11)]


@pytest.mark.parametrize("shape, keep_prob, seed", CASES)
def test_dropout_forward_matches_reference(shape, keep_prob, seed):
    """Seed with np.random.seed(seed), draw D = np.random.rand(n, m) < keep_prob (one number per
    unit AND per example), then A * D / keep_prob."""
    A = np.random.default_rng(seed).normal(size=shape)
    A_ref, D_ref = reference().dropout_forward(A.copy(), keep_prob, seed)
    A_drop, D = sub.dropout_forward(A, keep_prob, seed)
    expect(D, D_ref, f"D for a {shape} layer, keep_prob={keep_prob}")
    expect(A_drop, A_ref, f"A_drop for a {shape} layer, keep_prob={keep_prob}")


@pytest.mark.parametrize("shape, keep_prob, seed", CASES)
def test_dropout_forward_survivors_scaled_up(shape, keep_prob, seed):
    """Dropped units are exactly 0; kept units are DIVIDED by keep_prob (inverted dropout)."""
    A = np.random.default_rng(seed + 5).uniform(0.5, 2.0, size=shape)
    A_drop, D = sub.dropout_forward(A, keep_prob, seed)
    kept = np.asarray(D).astype(bool)
    expect(np.asarray(A_drop)[~kept], np.zeros(int((~kept).sum())), "dropped units")
    expect(np.asarray(A_drop)[kept], A[kept] / keep_prob, "kept units")


def test_dropout_forward_keeps_expected_value():
    """On average a unit is kept with probability keep_prob, and the 1 / keep_prob scaling
    puts the mean activation back where it was."""
    A = np.ones((200, 500))
    A_drop, D = sub.dropout_forward(A, 0.6, 21)
    kept_share = float(np.mean(np.asarray(D, dtype=float)))
    assert abs(kept_share - 0.6) < 0.01, f"{kept_share:.3f} of the units kept, expected ~0.6"
    mean = float(np.mean(A_drop))
    assert abs(mean - 1.0) < 0.02, f"mean activation {mean:.3f} after dropout, expected ~1.0"


def test_dropout_forward_keep_everything():
    """keep_prob = 1 keeps every unit and changes nothing."""
    A = np.random.default_rng(8).normal(size=(5, 3))
    A_drop, D = sub.dropout_forward(A, 1.0, 8)
    expect(A_drop, A, "A_drop with keep_prob=1")
    expect(np.asarray(D, dtype=float), np.ones((5, 3)), "D with keep_prob=1")


def test_dropout_forward_different_units_per_example():
    """Each example gets its own mask: draw rand(n, m), not rand(n, 1)."""
    A = np.ones((10, 40))
    _, D = sub.dropout_forward(A, 0.5, 13)
    D = np.asarray(D)
    assert D.shape == (10, 40), f"mask shape {D.shape}, expected (10, 40)"
    assert not all(np.array_equal(D[:, 0], D[:, j]) for j in range(40)), \
        "every example drops the same units"


def test_dropout_forward_leaves_a_alone():
    """Build A * D / keep_prob as a new array; do not change A in place."""
    A = np.random.default_rng(9).normal(size=(4, 6))
    before = A.copy()
    sub.dropout_forward(A, 0.7, 9)
    expect(A, before, "A after the call")


@pytest.mark.parametrize("shape, keep_prob, seed", CASES)
def test_dropout_backward_matches_reference(shape, keep_prob, seed):
    """Apply the SAME mask D as the forward pass, then divide by keep_prob."""
    rng = np.random.default_rng(seed + 20)
    dA = rng.normal(size=shape)
    D = (rng.random(shape) < keep_prob).astype(int)
    expected = reference().dropout_backward(dA.copy(), D.copy(), keep_prob)
    expect(sub.dropout_backward(dA, D, keep_prob), expected,
           f"dropout_backward for a {shape} layer, keep_prob={keep_prob}")


def test_dropout_backward_boolean_mask():
    """A mask of True / False works the same as one of 1 / 0."""
    rng = np.random.default_rng(30)
    dA, D = rng.normal(size=(3, 4)), rng.random((3, 4)) < 0.6
    expect(sub.dropout_backward(dA, D, 0.6), dA * D / 0.6, "dropout_backward with a bool mask")


def test_dropout_backward_is_the_derivative():
    """For a fixed mask, A -> A * D / keep_prob is linear, and backward must be its exact
    gradient: nudge A and compare with a finite difference."""
    rng = np.random.default_rng(31)
    A, dA, E = rng.normal(size=(5, 6)), rng.normal(size=(5, 6)), rng.normal(size=(5, 6))
    D = (rng.random((5, 6)) < 0.75).astype(int)
    eps = 1e-6
    change = np.sum(dA * ((A + eps * E) * D / 0.75 - A * D / 0.75)) / eps
    predicted = float(np.sum(np.asarray(sub.dropout_backward(dA, D, 0.75)) * E))
    expect(predicted, change, "<dropout_backward(dA), E> against a finite difference", rtol=1e-4)


def test_dropout_backward_leaves_inputs_alone():
    """Return a new array; dA and D stay as they were."""
    rng = np.random.default_rng(32)
    dA, D = rng.normal(size=(4, 5)), (rng.random((4, 5)) < 0.5).astype(int)
    dA_before, D_before = dA.copy(), D.copy()
    sub.dropout_backward(dA, D, 0.5)
    expect(dA, dA_before, "dA after the call")
    expect(D, D_before, "D after the call")
