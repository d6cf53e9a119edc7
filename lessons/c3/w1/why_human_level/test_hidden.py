"""Hidden tests: fresh learning curves and label sets, compared with independent formulas."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def random_curve(rng, n):
    """A falling curve that flattens out above a floor, with a little noise."""
    floor, start = rng.uniform(0.01, 0.06), rng.uniform(0.25, 0.45)
    t = np.arange(n)
    curve = floor + (start - floor) * np.exp(-t / rng.uniform(1.5, 4.0))
    return curve + rng.uniform(-0.003, 0.003, size=n)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_first_to_reach_random(seed):
    """Return the FIRST index whose error is at or below the level (a 0-based index)."""
    rng = np.random.default_rng(seed)
    curve = random_curve(rng, int(rng.integers(6, 20)))
    level = float(rng.uniform(curve.min() - 0.01, 0.2))
    below = np.flatnonzero(curve <= level)
    expected = int(below[0]) if below.size else None
    expect(sub.first_to_reach(curve.copy(), level), expected, f"first_to_reach(curve, {level:.4f})")


def test_first_to_reach_counts_equality():
    """'At or below': an error exactly equal to the level has reached it (use <=, not <)."""
    curve = np.array([0.4, 0.25, 0.1, 0.1, 0.05])
    expect(sub.first_to_reach(curve, 0.25), 1, "first_to_reach([0.4, 0.25, ...], 0.25)")


def test_first_to_reach_never():
    """A curve that never gets down to the level returns None, not 0."""
    curve = np.array([0.4, 0.3, 0.2, 0.15, 0.12])
    expect(sub.first_to_reach(curve, 0.1), None, "first_to_reach(curve, 0.1)")


def test_first_to_reach_at_start():
    """If the very first measurement is already good enough, the answer is index 0."""
    curve = np.array([0.05, 0.04, 0.2])
    expect(sub.first_to_reach(curve, 0.06), 0, "first_to_reach([0.05, 0.04, 0.2], 0.06)")


def test_first_to_reach_first_not_last():
    """A curve can dip below the level, go back up and dip again: return the first dip."""
    curve = np.array([0.3, 0.1, 0.2, 0.05, 0.04])
    expect(sub.first_to_reach(curve, 0.15), 1, "first_to_reach(curve, 0.15)")


@pytest.mark.parametrize("seed", [11, 12, 13, 14, 15, 16])
def test_progress_before_after_random(seed):
    """Average gain per STEP: (start - crossing) / k before, (crossing - end) / (n-1-k) after."""
    rng = np.random.default_rng(seed)
    curve = random_curve(rng, int(rng.integers(6, 20)))
    level = float(rng.uniform(curve[-1] + 0.002, curve[1]))
    expected = reference().progress_before_after(curve.copy(), level)
    expect(sub.progress_before_after(curve, level), expected,
           f"progress_before_after(curve, {level:.4f})")


def test_progress_before_after_gains_are_positive():
    """A falling curve improves: the gains are positive numbers (start minus end, not end minus
    start)."""
    curve = np.array([0.5, 0.3, 0.2, 0.15, 0.13, 0.12])
    expect(sub.progress_before_after(curve, 0.2), (0.15, 0.08 / 3),
           "progress_before_after(curve, 0.2)")


def test_progress_before_after_reached_at_start():
    """Reached at index 0 (k == 0): there is nothing before, so before is None. Careful: 0 is
    falsy, but it is not None."""
    curve = np.array([0.05, 0.04, 0.035, 0.03])
    expect(sub.progress_before_after(curve, 0.06), (None, 0.02 / 3),
           "progress_before_after(curve, 0.06)")


def test_progress_before_after_reached_at_end():
    """Reached only at the last step: there is nothing after, so after is None."""
    curve = np.array([0.4, 0.3, 0.25, 0.1])
    expect(sub.progress_before_after(curve, 0.1), (0.1, None),
           "progress_before_after(curve, 0.1)")


def test_progress_before_after_never_reached():
    """Never reached: before is the gain per step over the whole curve and after is None."""
    curve = np.array([0.4, 0.3, 0.25, 0.2, 0.18])
    expect(sub.progress_before_after(curve, 0.1), (0.055, None),
           "progress_before_after(curve, 0.1)")


def columns_worth_a_look(y_hat, y_human, y):
    return np.array([j for j in range(y.shape[1])
                     if y_human[0, j] == y[0, j] and y_hat[0, j] != y[0, j]], dtype=int)


@pytest.mark.parametrize("seed, m", [(21, 9), (22, 30), (23, 57), (24, 200)])
def test_examples_to_study_random(seed, m):
    """Keep the columns where the PERSON is right AND the model is wrong; return their indices
    along the m axis (np.flatnonzero, or np.nonzero(mask)[1] for a (1, m) mask)."""
    rng = np.random.default_rng(seed)
    y = (rng.random((1, m)) < 0.5).astype(int)
    y_human = np.where(rng.random((1, m)) < 0.1, 1 - y, y)
    y_hat = np.where(rng.random((1, m)) < 0.3, 1 - y, y)
    expected = columns_worth_a_look(y_hat, y_human, y)
    expect(sub.examples_to_study(y_hat.copy(), y_human.copy(), y.copy()), expected,
           "examples_to_study(y_hat, y_human, y)")


def test_examples_to_study_both_wrong_is_excluded():
    """An example that the person ALSO gets wrong is not one where a person can teach you."""
    y = np.array([[1, 1, 0, 0]])
    y_human = np.array([[0, 1, 1, 0]])
    y_hat = np.array([[0, 0, 1, 0]])
    expect(sub.examples_to_study(y_hat, y_human, y), np.array([1]),
           "examples_to_study with both wrong at 0 and 2")


def test_examples_to_study_perfect_model():
    """A model that gets everything right leaves nothing to study: an empty index array."""
    y = np.array([[1, 0, 0, 1, 1]])
    y_human = np.array([[1, 1, 0, 1, 0]])
    expect(sub.examples_to_study(y.copy(), y_human, y), np.array([], dtype=int),
           "examples_to_study(y, y_human, y)")


def test_examples_to_study_leaves_inputs_alone():
    """Build the mask from comparisons; do not write into y_hat, y_human or y."""
    rng = np.random.default_rng(25)
    y = (rng.random((1, 20)) < 0.5).astype(int)
    y_human, y_hat = y.copy(), 1 - y
    copies = (y_hat.copy(), y_human.copy(), y.copy())
    sub.examples_to_study(y_hat, y_human, y)
    for name, before, after in zip(("y_hat", "y_human", "y"), copies, (y_hat, y_human, y),
                                   strict=True):
        expect(after, before, f"{name} after examples_to_study")
