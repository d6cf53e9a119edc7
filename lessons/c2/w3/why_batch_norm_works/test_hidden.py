"""Hidden tests: other layers, unequal numbers of examples, batch norm removing the shift,
noise shrinking with the mini-batch size."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def values(seed, n, m):
    """n units over m examples, each unit with its own offset and spread."""
    rng = np.random.default_rng(seed)
    return rng.uniform(-5, 5, size=(n, 1)) + rng.uniform(0.2, 4, size=(n, 1)) * rng.normal(size=(n, m))


@pytest.mark.parametrize("seed, n, m_old, m_new", [(1, 3, 10, 10), (2, 5, 4, 30), (3, 1, 25, 6),
                                                   (4, 4, 9, 2)])
def test_covariate_shift_matches_the_formula(seed, n, m_old, m_new):
    """Per unit (row, axis=1, keepdims): mean of the new values minus mean of the old, and the
    population standard deviation of the new over that of the old (np.std, no ddof)."""
    A_old, A_new = values(seed, n, m_old), values(seed + 50, n, m_new)
    mean_shift = (A_new.sum(axis=1) / m_new - A_old.sum(axis=1) / m_old).reshape(n, 1)
    std_new = np.sqrt(((A_new - A_new.mean(axis=1, keepdims=True)) ** 2).sum(axis=1) / m_new)
    std_old = np.sqrt(((A_old - A_old.mean(axis=1, keepdims=True)) ** 2).sum(axis=1) / m_old)
    expect(sub.covariate_shift(A_old, A_new), (mean_shift, (std_new / std_old).reshape(n, 1)),
           f"covariate_shift(A_old {A_old.shape}, A_new {A_new.shape})")


def test_covariate_shift_no_change():
    """The same values measured twice (even in another order) have not moved: mean_shift 0,
    std_ratio 1."""
    A = values(5, 4, 12)
    shuffled = A[:, np.random.default_rng(5).permutation(12)]
    expect(sub.covariate_shift(A, shuffled), (np.zeros((4, 1)), np.ones((4, 1))),
           "covariate_shift(A, A shuffled)", atol=1e-9)


def test_covariate_shift_of_a_known_move():
    """Doubling a unit's values and adding 3 moves its mean by mean + 3 and doubles its
    spread: std_ratio 2, in the direction new / old."""
    A_old = values(6, 3, 20)
    A_new = 2 * A_old + 3
    expect(sub.covariate_shift(A_old, A_new),
           (A_old.mean(axis=1, keepdims=True) + 3, np.full((3, 1), 2.0)),
           "covariate_shift(A, 2 A + 3)")


def test_covariate_shift_vanishes_after_batch_norm():
    """When W[1] changes, Z[1] shifts; after batch norm (gamma 1, beta 0) both snapshots have
    mean 0 and spread 1, so the measured shift is 0 and the ratio 1."""
    rng = np.random.default_rng(7)
    X = rng.normal(size=(4, 64))
    W_old, W_new = rng.normal(size=(3, 4)), 3 * rng.normal(size=(3, 4)) + 1
    one, zero = np.ones((3, 1)), np.zeros((3, 1))
    before = reference().batchnorm(W_old @ X, one, zero)
    after = reference().batchnorm(W_new @ X, one, zero)
    expect(sub.covariate_shift(before, after), (np.zeros((3, 1)), np.ones((3, 1))),
           "covariate_shift of batch-normalized values", atol=1e-7)


def test_covariate_shift_leaves_inputs_alone():
    """Do not modify the snapshots you measure."""
    A_old, A_new = values(8, 3, 7), values(9, 3, 5)
    copies = (A_old.copy(), A_new.copy())
    sub.covariate_shift(A_old, A_new)
    expect((A_old, A_new), copies, "(A_old, A_new) afterwards")


@pytest.mark.parametrize("seed, n, m, size", [(10, 3, 40, 5), (11, 2, 37, 6), (12, 5, 64, 16),
                                              (13, 1, 21, 4), (14, 4, 30, 30)])
def test_minibatch_mean_noise_matches_the_reference(seed, n, m, size):
    """Consecutive columns form a mini-batch (0 .. size-1, size .. 2 size-1, ...); an
    incomplete last mini-batch is ignored; the result is the std of the batch means per row."""
    Z = values(seed, n, m)
    expected = reference().minibatch_mean_noise(Z.copy(), size)
    expect(sub.minibatch_mean_noise(Z, size), expected,
           f"minibatch_mean_noise(Z of shape {Z.shape}, {size})")


def test_minibatch_mean_noise_consecutive_columns():
    """Mini-batches are made of CONSECUTIVE columns: here every mini-batch of 3 holds one
    value, so all the batch means differ."""
    Z = np.array([[0.0, 0.0, 0.0, 6.0, 6.0, 6.0]])
    expect(sub.minibatch_mean_noise(Z, 3), np.array([[3.0]]), "minibatch_mean_noise(Z, 3)")


def test_minibatch_mean_noise_shrinks_with_batch_size():
    """The noise of a mean of b examples is about sigma / sqrt(b): quadrupling the mini-batch
    halves the wobble, so larger mini-batches regularize less."""
    Z = np.random.default_rng(15).normal(size=(2, 65536)) * np.array([[1.0], [3.0]])
    for size in (16, 64, 256):
        expect(sub.minibatch_mean_noise(Z, size), np.array([[1.0], [3.0]]) / np.sqrt(size),
               f"minibatch_mean_noise(Z, {size})", rtol=0.1)


def test_minibatch_mean_noise_leaves_z_alone():
    """Do not modify Z."""
    Z = values(16, 3, 20)
    before = Z.copy()
    sub.minibatch_mean_noise(Z, 4)
    expect(Z, before, "Z afterwards")
