"""Hidden tests: labels of several sizes and class counts, and shuffled task lists."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def make_labels(m, probabilities, seed):
    rng = np.random.default_rng(seed)
    return rng.choice(len(probabilities), size=(1, m), p=probabilities)


LABELS = [(120, 45, [0.7, 0.3], [0.6, 0.4], 1), (301, 77, [0.2, 0.5, 0.3], [0.3, 0.3, 0.4], 2),
          (64, 200, [0.1, 0.1, 0.1, 0.7], [0.25, 0.25, 0.25, 0.25], 3),
          (1000, 333, [0.55, 0.45], [0.5, 0.5], 4)]


@pytest.mark.parametrize("m_train, m_dev, p_train, p_dev, seed", LABELS)
def test_majority_baseline_error_matches_reference(m_train, m_dev, p_train, p_dev, seed):
    """Predict the most frequent TRAINING label for every dev example; return the share of dev
    labels that differ from it."""
    Y_train = make_labels(m_train, p_train, seed)
    Y_dev = make_labels(m_dev, p_dev, seed + 10)
    expected = reference().majority_baseline_error(Y_train.copy(), Y_dev.copy())
    expect(sub.majority_baseline_error(Y_train, Y_dev), expected,
           f"majority_baseline_error(Y_train {Y_train.shape}, Y_dev {Y_dev.shape})")


def test_majority_baseline_error_uses_the_training_labels():
    """The majority comes from the TRAINING set, even when the dev set's majority differs."""
    Y_train = np.array([[0, 0, 0, 1, 0, 1, 0]])
    Y_dev = np.array([[1, 1, 1, 0, 1]])
    expect(sub.majority_baseline_error(Y_train, Y_dev), 0.8,
           "majority_baseline_error(Y_train, Y_dev)")


def test_majority_baseline_error_is_an_error_not_an_accuracy():
    """Return the share of dev examples the baseline gets WRONG."""
    Y_train = np.array([[1, 1, 1, 0]])
    Y_dev = np.array([[1, 1, 1, 1, 1, 1, 1, 1, 1, 0]])
    expect(sub.majority_baseline_error(Y_train, Y_dev), 0.1,
           "majority_baseline_error(Y_train, Y_dev)")


def test_majority_baseline_error_most_frequent_not_mean():
    """The majority is the most FREQUENT label, not the rounded average label."""
    Y_train = np.array([[0, 0, 0, 0, 3, 3, 3, 2]])
    Y_dev = np.array([[0, 1, 2, 3, 0]])
    expect(sub.majority_baseline_error(Y_train, Y_dev), 0.6,
           "majority_baseline_error(Y_train, Y_dev)")


def test_majority_baseline_error_tie_takes_smallest_label():
    """When several labels are equally frequent in training, predict the smallest of them."""
    Y_train = np.array([[2, 1, 2, 1, 0]])
    Y_dev = np.array([[1, 1, 2, 0]])
    expect(sub.majority_baseline_error(Y_train, Y_dev), 0.5,
           "majority_baseline_error(Y_train, Y_dev)")


def test_majority_baseline_error_returns_a_float():
    """Return a plain number (a float), not an array."""
    error = sub.majority_baseline_error(np.array([[0, 1, 1]]), np.array([[0, 1]]))
    assert isinstance(error, (float, np.floating)), f"got {error!r}"


STAGES = ["setup", "build", "analyze", "improve"]


def make_tasks(n, seed):
    rng = np.random.default_rng(seed)
    return [(f"task {i:02d}", STAGES[int(rng.integers(4))]) for i in rng.permutation(n)]


@pytest.mark.parametrize("n, seed", [(4, 1), (9, 2), (17, 3), (30, 4)])
def test_first_system_plan_matches_reference(n, seed):
    """setup, then build, then analyze, then improve; equal stages keep their given order."""
    tasks = make_tasks(n, seed)
    expected = reference().first_system_plan(list(tasks))
    expect(sub.first_system_plan(tasks), expected, f"first_system_plan({n} tasks)")


def test_first_system_plan_stage_order_not_alphabetical():
    """The stages follow the project's loop (STAGES), not the alphabet."""
    tasks = [("fix it", "improve"), ("look at errors", "analyze"), ("train", "build"),
             ("pick the metric", "setup")]
    expect(sub.first_system_plan(tasks), ["pick the metric", "train", "look at errors", "fix it"],
           "first_system_plan(tasks)")


def test_first_system_plan_keeps_order_within_a_stage():
    """Tasks of the same stage stay in the order they were listed (do not sort by name)."""
    tasks = [("zebra crossings", "improve"), ("b: metric", "setup"), ("a: dev set", "setup"),
             ("accents", "improve")]
    expect(sub.first_system_plan(tasks),
           ["b: metric", "a: dev set", "zebra crossings", "accents"], "first_system_plan(tasks)")


def test_first_system_plan_returns_names():
    """Return a list of the task NAMES (strings), one per task."""
    plan = sub.first_system_plan(make_tasks(6, 9))
    assert isinstance(plan, list) and len(plan) == 6, f"got {plan!r}"
    assert all(isinstance(name, str) for name in plan), f"got {plan!r}"


def test_first_system_plan_leaves_tasks_alone():
    """Use sorted(...), which builds a new list; tasks.sort() would reorder the caller's list."""
    tasks = make_tasks(12, 5)
    before = list(tasks)
    sub.first_system_plan(tasks)
    assert tasks == before, "first_system_plan reordered the tasks list it was given"
