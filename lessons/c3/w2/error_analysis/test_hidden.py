"""Hidden tests: dev sets of several sizes and seeds, and a sweep of error rates and counts."""

import itertools

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def make_dev_set(m, error_rate, seed, num_classes=2):
    """Labels of shape (1, m) and predictions that are wrong on about error_rate of them."""
    rng = np.random.default_rng(seed)
    Y = rng.integers(0, num_classes, size=(1, m))
    flip = rng.random((1, m)) < error_rate
    shift = rng.integers(1, num_classes, size=(1, m))
    Y_pred = np.where(flip, (Y + shift) % num_classes, Y)
    return Y, Y_pred


DEV_SETS = [(60, 0.3, 1, 2), (500, 0.1, 7, 2), (233, 0.25, 42, 5), (1000, 0.05, 3, 3)]


@pytest.mark.parametrize("m, rate, seed, classes", DEV_SETS)
@pytest.mark.parametrize("num_examples", [5, 20, 100])
def test_sample_misclassified_matches_reference(m, rate, seed, classes, num_examples):
    """Find the misclassified columns in increasing order, draw k = min(num_examples, #errors)
    of them with np.random.default_rng(seed).choice(wrong, size=k, replace=False), then sort."""
    Y, Y_pred = make_dev_set(m, rate, seed, classes)
    expected = reference().sample_misclassified(Y.copy(), Y_pred.copy(), num_examples, seed)
    expect(sub.sample_misclassified(Y, Y_pred, num_examples, seed), expected,
           f"sample_misclassified(Y, Y_pred, {num_examples}, seed={seed})")


@pytest.mark.parametrize("m, rate, seed, classes", DEV_SETS)
def test_sample_misclassified_only_errors(m, rate, seed, classes):
    """Sample from the MISCLASSIFIED examples only: every index must be a column where
    Y_pred differs from Y."""
    Y, Y_pred = make_dev_set(m, rate, seed, classes)
    indices = np.asarray(sub.sample_misclassified(Y, Y_pred, 30, seed))
    wrong = set(np.flatnonzero(Y_pred[0] != Y[0]).tolist())
    stray = [int(i) for i in indices if int(i) not in wrong]
    assert not stray, f"indices {stray[:5]} are examples the model got right"


@pytest.mark.parametrize("m, rate, seed, classes", DEV_SETS)
def test_sample_misclassified_no_repeats(m, rate, seed, classes):
    """Draw without replacement: the same example must not be counted twice."""
    Y, Y_pred = make_dev_set(m, rate, seed, classes)
    n_wrong = int(np.sum(Y_pred != Y))
    indices = np.asarray(sub.sample_misclassified(Y, Y_pred, n_wrong, seed))
    assert len(set(indices.tolist())) == len(indices), "some example was drawn twice"
    assert len(indices) == n_wrong, f"asked for all {n_wrong} errors, got {len(indices)}"


def test_sample_misclassified_caps_at_available_errors():
    """When the model makes fewer mistakes than you asked for, return all of them (sorted)."""
    Y, Y_pred = make_dev_set(40, 0.1, 11)
    wrong = np.flatnonzero(Y_pred[0] != Y[0])
    expect(sub.sample_misclassified(Y, Y_pred, 100, seed=4), wrong,
           "sample_misclassified(Y, Y_pred, 100, seed=4)")


def test_sample_misclassified_is_random():
    """Take a RANDOM sample, not the first errors in file order: seeds 0..5 should not all
    give the same sample."""
    Y, Y_pred = make_dev_set(400, 0.2, 5)
    samples = {tuple(np.asarray(sub.sample_misclassified(Y, Y_pred, 10, s)).tolist())
               for s in range(6)}
    assert len(samples) > 1, "every seed gives the same sample: is the draw random?"


def test_sample_misclassified_sorted_ints():
    """Return a 1-D array of column indices in increasing order."""
    Y, Y_pred = make_dev_set(300, 0.2, 8)
    indices = np.asarray(sub.sample_misclassified(Y, Y_pred, 25, 8))
    assert indices.ndim == 1 and indices.dtype.kind in "iu", f"got {indices!r}"
    assert np.all(np.diff(indices) > 0), "the indices are not sorted in increasing order"


ERRORS = [0.004, 0.02, 0.10, 0.27]
COUNTS = [(0, 100), (5, 100), (50, 100), (12, 37), (40, 40), (3, 250)]


def test_best_case_error_sweep():
    """Fixing a category removes its SHARE OF THE ERRORS: dev_error * (1 - count / examined)."""
    for dev_error, (count, examined) in itertools.product(ERRORS, COUNTS):
        expect(sub.best_case_error(dev_error, count, examined),
               dev_error * (1 - count / examined),
               f"best_case_error({dev_error}, {count}, {examined})")


def test_best_case_error_is_not_a_subtraction():
    """5% of the errors is not 5% of the dev set: scale the fraction by the dev error."""
    expect(sub.best_case_error(0.20, 10, 100), 0.18, "best_case_error(0.20, 10, 100)")


def test_best_case_error_limits():
    """No mistakes in the category: nothing changes. Every mistake in it: the error can reach 0."""
    expect(sub.best_case_error(0.13, 0, 80), 0.13, "best_case_error(0.13, 0, 80)")
    expect(sub.best_case_error(0.13, 80, 80), 0.0, "best_case_error(0.13, 80, 80)")


def test_best_case_error_uneven_sample():
    """Divide by the number of examples you examined, whatever it is (not always 100)."""
    expect(sub.best_case_error(0.08, 9, 45), 0.064, "best_case_error(0.08, 9, 45)")


GAINS = [0.001, 0.005, 0.01, 0.03]


def test_worth_pursuing_sweep():
    """Worth it when the best possible DROP in dev error, dev_error * count / examined, is at
    least min_gain."""
    for dev_error, (count, examined), min_gain in itertools.product(ERRORS, COUNTS, GAINS):
        gain = dev_error * count / examined
        if abs(gain - min_gain) < 1e-9:
            continue
        expect(sub.worth_pursuing(dev_error, count, examined, min_gain), gain >= min_gain,
               f"worth_pursuing({dev_error}, {count}, {examined}, {min_gain})")


def test_worth_pursuing_big_share_of_small_error():
    """Half of a 0.4% error is only 0.2 points: a big fraction of a small error is not enough."""
    expect(sub.worth_pursuing(0.004, 50, 100, 0.01), False, "worth_pursuing(0.004, 50, 100, 0.01)")


def test_worth_pursuing_compares_the_gain():
    """Compare the GAIN (how much the error drops), not the error that remains, with min_gain."""
    expect(sub.worth_pursuing(0.30, 2, 100, 0.02), False, "worth_pursuing(0.30, 2, 100, 0.02)")
    expect(sub.worth_pursuing(0.30, 20, 100, 0.02), True, "worth_pursuing(0.30, 20, 100, 0.02)")


def test_worth_pursuing_returns_a_bool():
    """Answer with True or False."""
    answer = sub.worth_pursuing(0.1, 30, 100, 0.01)
    assert isinstance(answer, (bool, np.bool_)), f"got {answer!r}"
