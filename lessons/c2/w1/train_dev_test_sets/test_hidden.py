"""Hidden tests: many sizes, shapes and seeds, plus the properties a good split must have."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("m", [10, 37, 1003, 49_999, 50_000, 50_004, 123_456, 3_000_000])
def test_split_sizes_many_sizes(m):
    """Dev and test each get m // 5 examples, capped at max_eval; train gets ALL the rest."""
    expect(sub.split_sizes(m), reference().split_sizes(m), f"split_sizes({m})")


@pytest.mark.parametrize("m", [7, 1003, 12_345, 2_000_001])
def test_split_sizes_add_up_to_m(m):
    """No example may be lost: m_train + m_dev + m_test must equal m exactly."""
    sizes = sub.split_sizes(m)
    assert sum(sizes) == m, f"split_sizes({m}) = {sizes} adds up to {sum(sizes)}, not {m}"


def test_split_sizes_are_whole_numbers():
    """Sizes count examples, so they must be ints: use integer division (m // 5), not 0.2 * m."""
    for m in (1000, 1003, 1_000_000):
        sizes = sub.split_sizes(m)
        assert isinstance(sizes, tuple), f"split_sizes({m}) should return a tuple"
        for size in sizes:
            assert isinstance(size, (int, np.integer)), f"split_sizes({m}) = {sizes}: not ints"


@pytest.mark.parametrize("max_eval", [50, 1000, 2500])
def test_split_sizes_custom_cap(max_eval):
    """The cap is the max_eval argument: big data gives dev and test max_eval examples each."""
    expect(sub.split_sizes(20_000, max_eval=max_eval),
           (20_000 - 2 * min(4000, max_eval), min(4000, max_eval), min(4000, max_eval)),
           f"split_sizes(20_000, max_eval={max_eval})")


def test_split_sizes_big_data_keeps_dev_small():
    """With ten million examples, 10,000 for dev and 10,000 for test is plenty: cap them."""
    expect(sub.split_sizes(10_000_000), (9_980_000, 10_000, 10_000), "split_sizes(10_000_000)")


def make_data(n_x, m, n_y, seed):
    """Column j of X starts with the id j; Y is a function of that id, so alignment shows."""
    rng = np.random.default_rng(seed)
    X = np.vstack([np.arange(m, dtype=float), rng.normal(size=(n_x - 1, m))])
    Y = np.vstack([(np.arange(m) * (k + 3)) % 5 for k in range(n_y)])
    return X, Y


CASES = [(3, 40, 1, (24, 8, 8), 0), (5, 23, 2, (15, 4, 4), 7), (2, 101, 1, (61, 20, 20), 42)]


@pytest.mark.parametrize("n_x, m, n_y, sizes, seed", CASES)
def test_shuffle_split_matches_reference(n_x, m, n_y, sizes, seed):
    """Draw ONE permutation of the m columns with np.random.seed(seed) then
    np.random.permutation(m); apply it to X and Y; cut train, then dev, then test."""
    X, Y = make_data(n_x, m, n_y, seed)
    expected = reference().shuffle_split(X.copy(), Y.copy(), sizes, seed)
    expect(sub.shuffle_split(X, Y, sizes, seed), expected, f"shuffle_split(X, Y, {sizes}, {seed})")


@pytest.mark.parametrize("n_x, m, n_y, sizes, seed", CASES)
def test_shuffle_split_shapes(n_x, m, n_y, sizes, seed):
    """Each set keeps all n_x rows and gets its own number of COLUMNS (examples)."""
    X, Y = make_data(n_x, m, n_y, seed)
    parts = sub.shuffle_split(X, Y, sizes, seed)
    want = [(n_x, sizes[0]), (n_y, sizes[0]), (n_x, sizes[1]), (n_y, sizes[1]),
            (n_x, sizes[2]), (n_y, sizes[2])]
    got = [np.shape(part) for part in parts]
    assert got == want, f"shapes {got}, expected {want}"


@pytest.mark.parametrize("n_x, m, n_y, sizes, seed", CASES)
def test_shuffle_split_labels_stay_with_examples(n_x, m, n_y, sizes, seed):
    """Shuffle X and Y with the SAME permutation: every label must stay with its example."""
    X, Y = make_data(n_x, m, n_y, seed)
    parts = sub.shuffle_split(X, Y, sizes, seed)
    for X_part, Y_part in zip(parts[0::2], parts[1::2], strict=True):
        ids = np.asarray(X_part)[0].astype(int)
        expect(np.asarray(Y_part), np.vstack([(ids * (k + 3)) % 5 for k in range(n_y)]),
               "labels of the examples in a set")


@pytest.mark.parametrize("n_x, m, n_y, sizes, seed", CASES)
def test_shuffle_split_uses_every_example_once(n_x, m, n_y, sizes, seed):
    """The three sets must not overlap and together hold every example exactly once."""
    X, Y = make_data(n_x, m, n_y, seed)
    parts = sub.shuffle_split(X, Y, sizes, seed)
    ids = np.concatenate([np.asarray(part)[0] for part in parts[0::2]]).astype(int)
    expect(np.sort(ids), np.arange(m), "sorted ids of all examples in train + dev + test")


def test_shuffle_split_really_shuffles():
    """Shuffle before cutting: a dataset sorted by date or by class would otherwise give a
    dev set unlike the training set."""
    X, Y = make_data(2, 60, 1, 5)
    X_train = np.asarray(sub.shuffle_split(X, Y, (40, 10, 10), 5)[0])
    assert not np.array_equal(X_train[0], np.arange(40)), "the training set is not shuffled"


def test_shuffle_split_leaves_inputs_alone():
    """Index with the permutation to build NEW arrays; do not shuffle X or Y in place."""
    X, Y = make_data(3, 30, 1, 9)
    X_before, Y_before = X.copy(), Y.copy()
    sub.shuffle_split(X, Y, (18, 6, 6), 9)
    expect(X, X_before, "X after the call")
    expect(Y, Y_before, "Y after the call")
