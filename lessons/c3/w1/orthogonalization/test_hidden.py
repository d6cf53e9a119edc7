"""Hidden tests: the order of the chain, what each step is compared with, and the knobs."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def random_report(rng, target):
    """Errors built step by step, with every margin well away from the 0.02 tolerance."""
    train = target + float(rng.choice([0.0, 0.01, 0.05, 0.1]))
    dev = train + float(rng.choice([0.005, 0.01, 0.04, 0.09]))
    test = dev + float(rng.choice([0.0, 0.01, 0.04]))
    return train, dev, test, bool(rng.random() < 0.5)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_first_failing_step_random(seed):
    """Check the steps IN ORDER (train, dev, test, real world) and return the first failure."""
    rng = np.random.default_rng(seed)
    for _ in range(8):
        target = float(rng.choice([0.0, 0.01, 0.05]))
        args = random_report(rng, target)
        expect(sub.first_failing_step(*args, target_error=target),
               reference().first_failing_step(*args, target_error=target),
               f"first_failing_step{args} with target_error={target}")


def test_first_failing_step_train_comes_first():
    """A model that cannot fit its training set fails at 'train', whatever else is wrong."""
    expect(sub.first_failing_step(0.2, 0.4, 0.6, False), "train",
           "first_failing_step(0.2, 0.4, 0.6, False)")


def test_first_failing_step_dev_is_judged_by_its_gap():
    """The dev step fails when dev is much worse than TRAIN (the gap), not than the target."""
    expect(sub.first_failing_step(0.015, 0.03, 0.035, True), None,
           "first_failing_step(0.015, 0.03, 0.035, True)")


def test_first_failing_step_test_is_judged_against_dev():
    """The test step compares test with DEV: the gap test_error - dev_error."""
    expect(sub.first_failing_step(0.01, 0.025, 0.04, True), None,
           "first_failing_step(0.01, 0.025, 0.04, True)")


def test_first_failing_step_target_error():
    """The training error is compared with target_error, e.g. a 5% human-level error."""
    expect(sub.first_failing_step(0.06, 0.065, 0.07, True, target_error=0.05), None,
           "first_failing_step(0.06, 0.065, 0.07, True, target_error=0.05)")


def test_first_failing_step_unhappy_users():
    """Good numbers everywhere but unhappy users: the target itself is wrong ('real world')."""
    expect(sub.first_failing_step(0.01, 0.015, 0.02, False), "real world",
           "first_failing_step(0.01, 0.015, 0.02, False)")


def test_first_failing_step_tolerance():
    """Use the tolerance argument: with tolerance 0.05 a 4-point dev gap is acceptable."""
    expect(sub.first_failing_step(0.03, 0.07, 0.08, True, tolerance=0.05), None,
           "first_failing_step(0.03, 0.07, 0.08, True, tolerance=0.05)")
    expect(sub.first_failing_step(0.03, 0.07, 0.08, True, tolerance=0.01), "train",
           "first_failing_step(0.03, 0.07, 0.08, True, tolerance=0.01)")


def knobs(step):
    result = sub.knobs_for(step)
    assert isinstance(result, list), f"knobs_for({step!r}) should return a list"
    return sorted(result)


def test_knobs_for_train():
    """Fitting the training set badly: a bigger network or a better optimization algorithm."""
    expect(knobs("train"), ["better optimization algorithm", "bigger network"],
           "sorted(knobs_for('train'))")


def test_knobs_for_train_is_not_more_data():
    """More data helps a model that overfits; it does not help one that cannot fit training."""
    assert "bigger training set" not in knobs("train"), "knobs_for('train') suggests more data"


def test_knobs_for_dev():
    """Fitting dev badly after fitting training well is overfitting: regularization or a
    bigger training set."""
    expect(knobs("dev"), ["bigger training set", "regularization"], "sorted(knobs_for('dev'))")


def test_knobs_for_test():
    """Doing worse on test than on dev means you tuned to the dev set: get a bigger dev set."""
    expect(knobs("test"), ["bigger dev set"], "sorted(knobs_for('test'))")


def test_knobs_for_real_world():
    """Good on test but bad for users: the target is wrong. Change the dev set or the cost."""
    expect(knobs("real world"), ["change the cost function", "change the dev set"],
           "sorted(knobs_for('real world'))")


def test_knobs_for_nothing_to_fix():
    """Nothing fails (step None): no knobs to turn, an empty list."""
    expect(knobs(None), [], "sorted(knobs_for(None))")


def test_knobs_for_never_early_stopping():
    """Early stopping is not orthogonal: it changes the training fit and the dev fit at once."""
    for step in ("train", "dev", "test", "real world"):
        assert "early stopping" not in knobs(step), f"knobs_for({step!r}) has early stopping"


def test_knobs_for_fresh_lists():
    """Each call returns a new list: changing one answer must not change the next."""
    sub.knobs_for("dev").append("extra")
    expect(knobs("dev"), ["bigger training set", "regularization"],
           "sorted(knobs_for('dev')) after a change")


def random_errors(rng):
    """Errors on a grid of whole percentage points, so changes never sit near the tolerance."""
    train = int(rng.integers(1, 15)) / 100
    dev = train + int(rng.integers(0, 10)) / 100
    return train, dev, dev + int(rng.integers(0, 5)) / 100


@pytest.mark.parametrize("seed", [6, 7, 8, 9])
def test_moved_steps_random(seed):
    """Symptoms: train error, dev - train, test - dev. A step moved when its symptom changed
    by more than tolerance, up OR down."""
    rng = np.random.default_rng(seed)
    for _ in range(8):
        before, after = random_errors(rng), random_errors(rng)
        expect(sub.moved_steps(before, after), reference().moved_steps(before, after),
               f"moved_steps({before}, {after})")


def test_moved_steps_uses_gaps():
    """When every error drops by the same amount, only the training fit moved: the dev and
    test GAPS are unchanged."""
    expect(sub.moved_steps((0.12, 0.15, 0.17), (0.05, 0.08, 0.1)), ["train"],
           "moved_steps((0.12, 0.15, 0.17), (0.05, 0.08, 0.1))")


def test_moved_steps_counts_improvements():
    """A symptom that gets smaller moved too: compare abs(new - old) with the tolerance."""
    expect(sub.moved_steps((0.02, 0.12, 0.13), (0.02, 0.04, 0.05)), ["dev"],
           "moved_steps((0.02, 0.12, 0.13), (0.02, 0.04, 0.05))")


def test_moved_steps_test_gap_is_against_dev():
    """The test symptom is test_error - dev_error: a dev-only change leaves it alone."""
    expect(sub.moved_steps((0.03, 0.1, 0.11), (0.03, 0.05, 0.06)), ["dev"],
           "moved_steps((0.03, 0.1, 0.11), (0.03, 0.05, 0.06))")


def test_moved_steps_nothing_moved():
    """Changes within the tolerance are noise: nothing moved, an empty list."""
    expect(sub.moved_steps((0.05, 0.07, 0.08), (0.052, 0.071, 0.082)), [],
           "moved_steps((0.05, 0.07, 0.08), (0.052, 0.071, 0.082))")


def test_moved_steps_tolerance_argument():
    """Use the tolerance argument: with tolerance 0.05 a 3-point change is noise."""
    expect(sub.moved_steps((0.1, 0.12, 0.13), (0.07, 0.09, 0.1), tolerance=0.05), [],
           "moved_steps(..., tolerance=0.05)")
