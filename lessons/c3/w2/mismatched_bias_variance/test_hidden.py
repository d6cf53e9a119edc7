"""Hidden tests: training sets of several sizes and seeds, and a grid of error rates checked
against the definitions of the four gaps."""

import itertools

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def make_train(n_x, m, seed):
    """Row 0 holds a unique id; labels are a function of the id, so alignment shows."""
    rng = np.random.default_rng(seed)
    X = np.vstack([np.arange(m, dtype=float), rng.normal(size=(n_x - 1, m))])
    Y = (np.arange(m) % 3 == 1).astype(int).reshape(1, m)
    return X, Y


CASES = [(2, 30, 6, 1), (5, 101, 20, 7), (3, 12, 11, 42), (4, 64, 0, 3)]


@pytest.mark.parametrize("n_x, m, m_td, seed", CASES)
def test_carve_train_dev_matches_reference(n_x, m, m_td, seed):
    """Permute the m COLUMNS with np.random.default_rng(seed).permutation(m); the first
    m_train_dev shuffled columns are the training-dev set, the rest stay in training."""
    X, Y = make_train(n_x, m, seed)
    expected = reference().carve_train_dev(X.copy(), Y.copy(), m_td, seed)
    expect(sub.carve_train_dev(X, Y, m_td, seed), expected,
           f"carve_train_dev(X {X.shape}, Y, {m_td}, seed={seed})")


@pytest.mark.parametrize("n_x, m, m_td, seed", CASES)
def test_carve_train_dev_shapes(n_x, m, m_td, seed):
    """Examples are COLUMNS: the training set keeps m - m_train_dev of them, all n_x rows."""
    X, Y = make_train(n_x, m, seed)
    got = [np.shape(p) for p in sub.carve_train_dev(X, Y, m_td, seed)]
    want = [(n_x, m - m_td), (1, m - m_td), (n_x, m_td), (1, m_td)]
    assert got == want, f"shapes {got}, expected {want}"


@pytest.mark.parametrize("n_x, m, m_td, seed", CASES)
def test_carve_train_dev_held_out_is_not_trained_on(n_x, m, m_td, seed):
    """The training-dev examples must LEAVE the training set: no example in both, none lost."""
    X, Y = make_train(n_x, m, seed)
    X_rest, _, X_td, _ = sub.carve_train_dev(X, Y, m_td, seed)
    rest = set(np.asarray(X_rest)[0].astype(int).tolist())
    held = set(np.asarray(X_td)[0].astype(int).tolist())
    assert not rest & held, f"examples {sorted(rest & held)[:5]} are in both sets"
    assert rest | held == set(range(m)), "some examples were lost"


@pytest.mark.parametrize("n_x, m, m_td, seed", CASES)
def test_carve_train_dev_labels_follow_examples(n_x, m, m_td, seed):
    """Apply the SAME permutation to X and Y: every label stays with its example."""
    X, Y = make_train(n_x, m, seed)
    parts = sub.carve_train_dev(X, Y, m_td, seed)
    for X_part, Y_part in ((parts[0], parts[1]), (parts[2], parts[3])):
        ids = np.asarray(X_part)[0].astype(int)
        expect(np.asarray(Y_part), (ids % 3 == 1).astype(int).reshape(1, -1),
               "labels of the examples in a set")


def test_carve_train_dev_is_random():
    """Shuffle before carving: the training-dev set must be a random slice of the training
    data, not its first or last columns."""
    X, Y = make_train(2, 50, 5)
    held = np.sort(np.asarray(sub.carve_train_dev(X, Y, 10, 5)[2])[0])
    assert not np.array_equal(held, np.arange(10)), "the first ten columns: not shuffled"
    assert not np.array_equal(held, np.arange(40, 50)), "the last ten columns: not shuffled"


def test_carve_train_dev_leaves_inputs_alone():
    """Build new arrays by indexing; do not shuffle X_train or Y_train in place."""
    X, Y = make_train(3, 25, 9)
    X_before, Y_before = X.copy(), Y.copy()
    sub.carve_train_dev(X, Y, 5, 9)
    expect(X, X_before, "X_train after the call")
    expect(Y, Y_before, "Y_train after the call")


HUMAN = [0.0, 0.01, 0.04]
STEPS = [0.0, 0.005, 0.03, 0.07]
MISMATCH = [-0.03, 0.0, 0.01, 0.06]


def grid():
    for human, bias, variance, mismatch in itertools.product(HUMAN, STEPS, STEPS, MISMATCH):
        train = human + bias
        train_dev = train + variance
        yield human, train, train_dev, train_dev + mismatch


def test_mismatch_gaps_grid():
    """bias = train - human, variance = train_dev - train, mismatch = dev - train_dev."""
    for human, train, train_dev, dev in grid():
        expect(sub.mismatch_gaps(human, train, train_dev, dev),
               {"avoidable_bias": train - human, "variance": train_dev - train,
                "data_mismatch": dev - train_dev},
               f"mismatch_gaps({human}, {train}, {train_dev}, {dev})")


def test_mismatch_gaps_variance_uses_train_dev():
    """With mismatched data, variance is measured on the TRAINING-DEV set, not the dev set."""
    expect(sub.mismatch_gaps(0.0, 0.01, 0.015, 0.10),
           {"avoidable_bias": 0.01, "variance": 0.005, "data_mismatch": 0.085},
           "mismatch_gaps(0.0, 0.01, 0.015, 0.10)")


def test_mismatch_gaps_keys_without_test():
    """Without a test error, the dict has exactly the three keys (no 'dev_overfitting')."""
    gaps = sub.mismatch_gaps(0.02, 0.05, 0.06, 0.09)
    assert isinstance(gaps, dict), f"got {gaps!r}"
    assert set(gaps) == {"avoidable_bias", "variance", "data_mismatch"}, \
        f"keys {sorted(gaps)}, expected avoidable_bias, variance, data_mismatch"


@pytest.mark.parametrize("dev, test", [(0.06, 0.09), (0.12, 0.12), (0.2, 0.15)])
def test_mismatch_gaps_with_test(dev, test):
    """dev_overfitting = test_error - dev_error: a worse test error gives a positive gap."""
    gaps = sub.mismatch_gaps(0.01, 0.03, 0.05, dev, test)
    expect(gaps, {"avoidable_bias": 0.02, "variance": 0.02, "data_mismatch": dev - 0.05,
                  "dev_overfitting": test - dev},
           f"mismatch_gaps(0.01, 0.03, 0.05, {dev}, {test})")
    assert len(gaps) == 4, f"expected four keys, got {sorted(gaps)}"


def test_mismatch_gaps_negative_mismatch_kept():
    """When the dev data is easier than the training data, the mismatch gap is negative."""
    expect(sub.mismatch_gaps(0.04, 0.07, 0.10, 0.06)["data_mismatch"], -0.04,
           "mismatch_gaps(0.04, 0.07, 0.10, 0.06)['data_mismatch']")


def expected_problems(gaps, threshold):
    names = ["avoidable_bias", "variance", "data_mismatch"]
    big = [n for n in names if gaps[n] > threshold]
    return sorted(big, key=lambda n: -gaps[n])


def clear_of_ties(gaps, threshold):
    values = list(gaps.values())
    near_threshold = any(abs(v - threshold) < 1e-3 for v in values)
    big = [v for v in values if v > threshold]
    near_each_other = any(abs(a - b) < 1e-3 for a, b in itertools.combinations(big, 2))
    return not near_threshold and not near_each_other


@pytest.mark.parametrize("threshold", [0.02, 0.05])
def test_rank_problems_grid(threshold):
    """Keep the gaps strictly above threshold; order them from the biggest down."""
    for human, train, train_dev, dev in grid():
        gaps = {"avoidable_bias": train - human, "variance": train_dev - train,
                "data_mismatch": dev - train_dev}
        if not clear_of_ties(gaps, threshold):
            continue
        expect(sub.rank_problems(human, train, train_dev, dev, threshold),
               expected_problems(gaps, threshold),
               f"rank_problems({human}, {train}, {train_dev}, {dev}, {threshold})")


def test_rank_problems_mismatch_is_not_variance():
    """Same train and dev errors, different train-dev error: different problem."""
    expect(sub.rank_problems(0.0, 0.02, 0.03, 0.12), ["data_mismatch"],
           "rank_problems(0.0, 0.02, 0.03, 0.12)")
    expect(sub.rank_problems(0.0, 0.02, 0.11, 0.12), ["variance"],
           "rank_problems(0.0, 0.02, 0.11, 0.12)")


def test_rank_problems_biggest_first():
    """The biggest gap comes first, whatever its position in the chain."""
    expect(sub.rank_problems(0.01, 0.05, 0.12, 0.30),
           ["data_mismatch", "variance", "avoidable_bias"], "rank_problems(0.01, 0.05, 0.12, 0.30)")


def test_rank_problems_respects_threshold():
    """Only gaps strictly bigger than threshold are problems; none at all gives []."""
    expect(sub.rank_problems(0.0, 0.01, 0.02, 0.03), [], "rank_problems(0.0, 0.01, 0.02, 0.03)")
    expect(sub.rank_problems(0.0, 0.01, 0.02, 0.03, threshold=0.005),
           ["avoidable_bias", "variance", "data_mismatch"],
           "rank_problems(0.0, 0.01, 0.02, 0.03, threshold=0.005)")


def test_rank_problems_uses_human_error():
    """Avoidable bias is measured from human-level error, not from 0."""
    expect(sub.rank_problems(0.08, 0.09, 0.095, 0.10), [],
           "rank_problems(0.08, 0.09, 0.095, 0.10)")
