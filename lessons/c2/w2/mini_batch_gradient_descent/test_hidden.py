"""Hidden tests: other shapes, sizes and permutations, the last partial batch, one step per batch."""

import math

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

CASES = [(1, 3, 10, 4), (2, 5, 7, 2), (3, 2, 64, 16), (4, 4, 33, 8), (5, 6, 5, 10)]


def data(seed, n_x, m):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n_x, m))
    Y = (rng.random((1, m)) > 0.5).astype(int)
    return X, Y, rng.permutation(m)


@pytest.mark.parametrize("seed, n_x, m, size", CASES)
def test_make_mini_batches_random(seed, n_x, m, size):
    """Reorder the COLUMNS of X and Y with the same permutation, then slice columns size at a time."""
    X, Y, perm = data(seed, n_x, m)
    expected = [(X[:, perm[k:k + size]], Y[:, perm[k:k + size]]) for k in range(0, m, size)]
    expect(sub.make_mini_batches(X, Y, size, perm), expected,
           f"make_mini_batches(X of shape {X.shape}, Y, {size}, permutation)")


@pytest.mark.parametrize("m, size", [(10, 4), (7, 3), (100, 64), (5, 1)])
def test_make_mini_batches_keeps_the_partial_batch(m, size):
    """m examples give ceil(m / size) batches: the last one holds the m - size * floor(m / size) left over."""
    X, Y, perm = data(m + size, 3, m)
    batches = sub.make_mini_batches(X, Y, size, perm)
    assert len(batches) == math.ceil(m / size), (
        f"m={m}, mini_batch_size={size}: got {len(batches)} mini-batches, "
        f"expected {math.ceil(m / size)}")
    sizes = [batch_X.shape[1] for batch_X, _ in batches]
    assert sum(sizes) == m, f"the mini-batches hold {sum(sizes)} examples, not all {m}"


def test_make_mini_batches_no_empty_batch():
    """When size divides m exactly, there is no leftover batch, and certainly no empty one."""
    X, Y, perm = data(9, 2, 12)
    batches = sub.make_mini_batches(X, Y, 4, perm)
    sizes = [batch_X.shape[1] for batch_X, _ in batches]
    assert sizes == [4, 4, 4], f"mini-batch sizes {sizes}, expected [4, 4, 4]"


def test_make_mini_batches_labels_follow_their_examples():
    """Shuffle Y with the SAME permutation as X, or the labels no longer match their examples."""
    rng = np.random.default_rng(21)
    X = rng.normal(size=(3, 15))
    Y = (X[0:1, :] > 0).astype(int)      # each label is readable from its own column
    for batch_X, batch_Y in sub.make_mini_batches(X, Y, 4, rng.permutation(15)):
        expect(batch_Y, (batch_X[0:1, :] > 0).astype(int), "labels of a mini-batch")


def test_make_mini_batches_uses_the_permutation():
    """Apply the permutation you are given: the first batch starts with column permutation[0]."""
    X = np.arange(24, dtype=float).reshape(2, 12)
    Y = np.arange(12).reshape(1, 12)
    perm = np.array([11, 5, 0, 7, 2, 9, 1, 3, 10, 4, 8, 6])
    first_X, first_Y = sub.make_mini_batches(X, Y, 5, perm)[0]
    expect(first_Y, np.array([[11, 5, 0, 7, 2]]), "Y of the first mini-batch")
    expect(first_X, X[:, [11, 5, 0, 7, 2]], "X of the first mini-batch")


def test_make_mini_batches_leaves_the_inputs_alone():
    """Build new arrays; X, Y and the permutation must come back unchanged."""
    X, Y, perm = data(13, 4, 9)
    before = (X.copy(), Y.copy(), perm.copy())
    sub.make_mini_batches(X, Y, 2, perm)
    expect((X, Y, perm), before, "(X, Y, permutation) after make_mini_batches")


def epoch_case(seed, n_x, m, size):
    X, Y, perm = data(seed, n_x, m)
    batches = reference().make_mini_batches(X, Y, size, perm)
    w = np.random.default_rng(seed + 50).normal(0, 0.5, size=(n_x, 1))
    return w, float(seed) / 10, batches


@pytest.mark.parametrize("seed, n_x, m, size", CASES)
def test_one_epoch_random(seed, n_x, m, size):
    """One step PER MINI-BATCH, each using the gradients of that mini-batch at the current w, b."""
    w, b, batches = epoch_case(seed, n_x, m, size)
    expected = reference().one_epoch(w.copy(), b, batches, 0.3)
    expect(sub.one_epoch(w, b, batches, 0.3), expected,
           f"one_epoch(w, b, {len(batches)} mini-batches, 0.3)")


def test_one_epoch_one_cost_per_mini_batch():
    """Every mini-batch, the last one included, adds one cost and one step."""
    w, b, batches = epoch_case(31, 3, 23, 5)
    costs = sub.one_epoch(w, b, batches, 0.1)[2]
    assert len(costs) == len(batches), f"{len(costs)} costs for {len(batches)} mini-batches"


def test_one_epoch_records_the_cost_before_the_step():
    """costs[0] is the cost of the first mini-batch at the STARTING w and b, before any step."""
    w, b, batches = epoch_case(32, 4, 20, 6)
    start_cost = reference().logistic_cost_and_grads(w.copy(), b, *batches[0])[0]
    costs = sub.one_epoch(w, b, batches, 0.2)[2]
    expect(costs[0], start_cost, "costs[0]")


def test_one_epoch_single_batch_is_one_gradient_step():
    """With one mini-batch holding all m examples, an epoch is exactly one batch gradient step."""
    w, b, batches = epoch_case(33, 3, 12, 12)
    _, dw, db = reference().logistic_cost_and_grads(w.copy(), b, *batches[0])
    new_w, new_b, _ = sub.one_epoch(w.copy(), b, batches, 0.4)
    expect((new_w, new_b), (w - 0.4 * dw, b - 0.4 * db), "(w, b) after one epoch")


def test_one_epoch_leaves_w_alone():
    """Write w = w - learning_rate * dw (a new array); w -= ... changes the caller's weights."""
    w, b, batches = epoch_case(34, 3, 10, 3)
    before = w.copy()
    sub.one_epoch(w, b, batches, 0.5)
    expect(w, before, "the caller's w after one_epoch")
