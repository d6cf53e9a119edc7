"""Hidden tests: sweeps of error rates, counts and gaps, and label arrays of several sizes."""

import itertools

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

ERRORS = [0.005, 0.02, 0.1, 0.31]
COUNTS = [(0, 100), (6, 100), (30, 100), (7, 40), (19, 19), (2, 250)]


def test_label_error_breakdown_sweep():
    """due_to_labels = dev_error * mislabeled_count / num_examined; the rest is other causes."""
    for dev_error, (count, examined) in itertools.product(ERRORS, COUNTS):
        labels = dev_error * count / examined
        expect(sub.label_error_breakdown(dev_error, count, examined),
               (labels, dev_error - labels),
               f"label_error_breakdown({dev_error}, {count}, {examined})")


def test_label_error_breakdown_parts_add_up():
    """The two parts split the dev error: they must add up to dev_error exactly."""
    for dev_error, (count, examined) in itertools.product(ERRORS, COUNTS):
        parts = sub.label_error_breakdown(dev_error, count, examined)
        assert isinstance(parts, tuple) and len(parts) == 2, f"got {parts!r}"
        expect(parts[0] + parts[1], dev_error, "due_to_labels + due_to_other_causes")


def test_label_error_breakdown_share_of_errors():
    """40 mislabeled out of 100 mistakes is 40% of the ERRORS: 0.4 * 5% = 2% of the dev set."""
    expect(sub.label_error_breakdown(0.05, 40, 100), (0.02, 0.03),
           "label_error_breakdown(0.05, 40, 100)")


def test_label_error_breakdown_order():
    """Return (due_to_labels, due_to_other_causes), in that order."""
    expect(sub.label_error_breakdown(0.2, 10, 100), (0.02, 0.18),
           "label_error_breakdown(0.2, 10, 100)")


GAPS = [0.0005, 0.002, 0.01, 0.05]


def test_should_fix_labels_sweep():
    """Fix when the error due to wrong labels, dev_error * count / examined, is >= model_gap."""
    for dev_error, (count, examined), gap in itertools.product(ERRORS, COUNTS, GAPS):
        labels = dev_error * count / examined
        if abs(labels - gap) < 1e-9:
            continue
        expect(sub.should_fix_labels(dev_error, count, examined, gap), labels >= gap,
               f"should_fix_labels({dev_error}, {count}, {examined}, {gap})")


def test_should_fix_labels_uses_the_label_part():
    """Compare the LABEL part of the error with the gap: 9.4 points from other causes do not
    make 0.6 points of bad labels worth fixing when models differ by a point."""
    expect(sub.should_fix_labels(0.10, 6, 100, 0.01), False,
           "should_fix_labels(0.10, 6, 100, 0.01)")
    expect(sub.should_fix_labels(0.30, 5, 100, 0.02), False,
           "should_fix_labels(0.30, 5, 100, 0.02)")


def test_should_fix_labels_small_gap():
    """Noisy labels matter when they are bigger than the difference you need to see."""
    expect(sub.should_fix_labels(0.04, 25, 100, 0.005), True,
           "should_fix_labels(0.04, 25, 100, 0.005)")


def test_should_fix_labels_returns_a_bool():
    """Answer with True or False."""
    answer = sub.should_fix_labels(0.02, 30, 100, 0.002)
    assert isinstance(answer, (bool, np.bool_)), f"got {answer!r}"


def make_labels(m, seed):
    return np.random.default_rng(seed).integers(0, 2, size=(1, m))


def make_flips(m, k, seed):
    return sorted(np.random.default_rng(seed + 100).choice(m, size=k, replace=False).tolist())


CASES = [(50, 4, 30, 3, 1), (13, 13, 7, 0, 2), (200, 9, 120, 15, 3), (8, 0, 11, 5, 4)]


@pytest.mark.parametrize("m_dev, k_dev, m_test, k_test, seed", CASES)
def test_fix_labels_matches_reference(m_dev, k_dev, m_test, k_test, seed):
    """Flip (1 - y) the listed columns of BOTH arrays, each with its own list of indices."""
    Y_dev, Y_test = make_labels(m_dev, seed), make_labels(m_test, seed + 50)
    dev_flips, test_flips = make_flips(m_dev, k_dev, seed), make_flips(m_test, k_test, seed + 1)
    expected = reference().fix_labels(Y_dev.copy(), Y_test.copy(), dev_flips, test_flips)
    expect(sub.fix_labels(Y_dev, Y_test, dev_flips, test_flips), expected,
           f"fix_labels(Y_dev {Y_dev.shape}, Y_test {Y_test.shape}, dev_flips, test_flips)")


def test_fix_labels_corrects_the_test_set_too():
    """Dev and test must stay the same distribution: apply the test corrections as well."""
    Y_dev, Y_test = np.array([[1, 1, 0]]), np.array([[1, 0, 1, 1, 0]])
    _, Y_test_fixed = sub.fix_labels(Y_dev, Y_test, [0], [1, 3])
    expect(Y_test_fixed, np.array([[1, 1, 1, 0, 0]]), "Y_test_fixed")


def test_fix_labels_flips_both_ways():
    """A wrong label can be a missed cat (0 -> 1) or a false cat (1 -> 0): flip, do not set."""
    Y_dev, Y_test = np.array([[0, 1, 0, 1]]), np.array([[1, 0]])
    expect(sub.fix_labels(Y_dev, Y_test, [0, 1, 2, 3], [0, 1]),
           (np.array([[1, 0, 1, 0]]), np.array([[0, 1]])), "fix_labels(..., all flipped)")


def test_fix_labels_nothing_to_fix():
    """Empty lists of flips give back the same labels (as new arrays)."""
    Y_dev, Y_test = make_labels(9, 6), make_labels(5, 7)
    expect(sub.fix_labels(Y_dev, Y_test, [], []), (Y_dev.copy(), Y_test.copy()),
           "fix_labels(Y_dev, Y_test, [], [])")


def test_fix_labels_leaves_inputs_alone():
    """Work on copies (Y.copy()): the original labels are your record of the labellers'
    answers, so Y_dev and Y_test must be unchanged after the call."""
    Y_dev, Y_test = make_labels(20, 8), make_labels(15, 9)
    dev_before, test_before = Y_dev.copy(), Y_test.copy()
    sub.fix_labels(Y_dev, Y_test, [2, 5, 11], [0, 14])
    expect(Y_dev, dev_before, "Y_dev after the call")
    expect(Y_test, test_before, "Y_test after the call")
