"""Hidden tests: every tactic list, fresh error triples, and the recipe on new toy models."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

BIGGER = "train a bigger model"
LONGER = "train longer or with a better optimizer (momentum, RMSprop, Adam)"
SEARCH = "change the architecture or search the hyperparameters"
DATA = "get more training data"
REGULARIZE = "regularize (L2, dropout, data augmentation)"


def tactics(problem):
    result = sub.tactics_for(problem)
    assert isinstance(result, list), f"tactics_for({problem!r}) should return a list"
    return sorted(result)


def test_tactics_for_bias():
    """Avoidable bias: a bigger model, training longer or better, a new architecture/search."""
    expect(tactics("bias"), sorted([BIGGER, LONGER, SEARCH]), "sorted(tactics_for('bias'))")


def test_tactics_for_bias_is_not_more_data():
    """More data does not help a model that cannot fit the data it already has."""
    assert DATA not in tactics("bias"), "tactics_for('bias') suggests more training data"


def test_tactics_for_variance():
    """Variance: more data, regularization, a new architecture/search."""
    expect(tactics("variance"), sorted([DATA, REGULARIZE, SEARCH]),
           "sorted(tactics_for('variance'))")


def test_tactics_for_search_helps_both():
    """Architecture and hyperparameter search appears in BOTH lists."""
    assert SEARCH in tactics("bias") and SEARCH in tactics("variance"), \
        "architecture/hyperparameter search belongs to both problems"


def test_tactics_for_nothing():
    """Nothing to fix (None): an empty list."""
    expect(tactics(None), [], "sorted(tactics_for(None))")


def test_tactics_for_fresh_lists():
    """Each call returns a NEW list: a caller that appends to one answer must not change the
    next answer."""
    sub.tactics_for("bias").append("extra")
    sub.tactics_for("variance").clear()
    expect(tactics("bias"), sorted([BIGGER, LONGER, SEARCH]), "tactics_for('bias') after a change")
    expect(tactics("variance"), sorted([DATA, REGULARIZE, SEARCH]),
           "tactics_for('variance') after a change")


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_problems_to_fix_random(seed):
    """Keep each gap bigger than the tolerance (bias = train - human, variance = dev - train)
    and put the bigger gap first."""
    rng = np.random.default_rng(seed)
    for _ in range(8):
        human = float(rng.uniform(0.0, 0.1))
        train = human + float(rng.uniform(0.0, 0.06))
        dev = train + float(rng.uniform(0.0, 0.06))
        tol = float(rng.choice([0.005, 0.01, 0.02]))
        expected = reference().problems_to_fix(human, train, dev, tol)
        expect(sub.problems_to_fix(human, train, dev, tol), expected,
               f"problems_to_fix({human:.4f}, {train:.4f}, {dev:.4f}, tolerance={tol})")


def test_problems_to_fix_at_the_tolerance():
    """A gap exactly equal to the tolerance is good enough: only gaps BIGGER than it count."""
    expect(sub.problems_to_fix(0.25, 0.375, 0.5, tolerance=0.125), [],
           "problems_to_fix(0.25, 0.375, 0.5, tolerance=0.125)")


def test_problems_to_fix_bigger_first():
    """When both gaps are too big, the bigger one comes first, even if it is variance."""
    expect(sub.problems_to_fix(0.0, 0.05, 0.2), ["variance", "bias"],
           "problems_to_fix(0.0, 0.05, 0.2)")
    expect(sub.problems_to_fix(0.0, 0.2, 0.25), ["bias", "variance"],
           "problems_to_fix(0.0, 0.2, 0.25)")


def test_problems_to_fix_tie_bias_first():
    """Equal gaps above the tolerance: "bias" first."""
    expect(sub.problems_to_fix(0.125, 0.25, 0.375), ["bias", "variance"],
           "problems_to_fix(0.125, 0.25, 0.375)")


def test_problems_to_fix_uses_the_gaps():
    """Variance is dev - TRAIN: a model close to its training error has no variance problem."""
    expect(sub.problems_to_fix(0.01, 0.06, 0.065), ["bias"], "problems_to_fix(0.01, 0.06, 0.065)")


def test_problems_to_fix_uses_the_tolerance():
    """Small positive gaps below the tolerance are not problems."""
    expect(sub.problems_to_fix(0.02, 0.025, 0.03, tolerance=0.01), [],
           "problems_to_fix(0.02, 0.025, 0.03, tolerance=0.01)")


def make_model(rng):
    human = float(rng.uniform(0.0, 0.05))
    fit = float(rng.uniform(0.05, 0.3))
    power = float(rng.uniform(1.0, 2.5))
    gap = float(rng.uniform(0.005, 0.02))
    cost = float(rng.uniform(0.0, 0.002))

    def evaluate(size, strength):
        train = human + fit / size**power + cost * strength
        return train, train + gap * size / 2**strength

    return human, evaluate


@pytest.mark.parametrize("seed", [11, 12, 13, 14, 15, 16, 17, 18])
def test_run_recipe_random(seed):
    """Each round: evaluate the CURRENT (size, strength), then turn the knob of the biggest
    problem, or record "done" and stop."""
    human, evaluate = make_model(np.random.default_rng(seed))
    tol = 0.01 if seed % 2 else 0.006
    expected = reference().run_recipe(evaluate, human, tolerance=tol)
    expect(sub.run_recipe(evaluate, human, tolerance=tol), expected,
           f"run_recipe(evaluate, {human:.4f}, tolerance={tol})")


def test_run_recipe_calls():
    """Start at size 1 and strength 0, call evaluate once per round, and change one knob by 1."""
    calls = []

    def evaluate(size, strength):
        calls.append((size, strength))
        train = 0.02 + 0.15 / size**2 + 0.001 * strength
        return train, train + 0.012 * size / 2**strength

    sub.run_recipe(evaluate, 0.02)
    expect(calls, [(1, 0), (2, 0), (3, 0), (3, 1), (3, 2), (4, 2), (4, 3), (5, 3)],
           "the (size, strength) passed to evaluate, round by round")


def test_run_recipe_already_good():
    """A model that is good from the start: evaluate once, record "done", stop."""
    calls = []

    def evaluate(size, strength):
        calls.append((size, strength))
        return 0.031, 0.035

    expect(sub.run_recipe(evaluate, 0.03), ["done"], "run_recipe on a model that is fine")
    expect(len(calls), 1, "number of calls to evaluate")


def test_run_recipe_max_rounds():
    """A model that never gets good enough: stop after max_rounds rounds, without "done"."""
    def evaluate(size, strength):
        return 0.3, 0.3 + 0.05 / (1 + strength)

    expect(sub.run_recipe(evaluate, 0.0, max_rounds=5), [BIGGER] * 5,
           "run_recipe(evaluate, 0.0, max_rounds=5)")


def test_run_recipe_one_knob_per_round():
    """Turn only the knob of the FIRST problem, even when both problems are present."""
    def evaluate(size, strength):
        train = 0.2 / size
        return train, train + 0.3 / 2**strength

    expect(sub.run_recipe(evaluate, 0.0, max_rounds=4), [REGULARIZE, BIGGER, REGULARIZE, BIGGER],
           "run_recipe(evaluate, 0.0, max_rounds=4)")
