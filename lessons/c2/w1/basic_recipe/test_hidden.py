"""Hidden tests: every diagnosis, and project histories of many lengths and shapes."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect

BIAS = ["bigger network", "train longer", "try another architecture"]
VARIANCE = ["get more data", "regularization", "try another architecture"]


def test_next_actions_bias_first_when_both():
    """When bias and variance are both high, the recipe fixes bias first."""
    expect(sub.next_actions("high bias and high variance"), BIAS,
           "next_actions('high bias and high variance')")


def test_next_actions_more_data_does_not_fix_bias():
    """More data helps a model that overfits; it does nothing for one that cannot fit its
    training set, so 'get more data' is no bias fix."""
    for diagnosis in ("high bias", "high bias and high variance"):
        assert "get more data" not in sub.next_actions(diagnosis), \
            f"next_actions({diagnosis!r}) suggests more data"


def test_next_actions_variance_fixes():
    """High variance: more data, regularization, or another architecture."""
    expect(sub.next_actions("high variance"), VARIANCE, "next_actions('high variance')")


def test_next_actions_bias_fixes():
    """High bias: a bigger network, training longer, or another architecture."""
    expect(sub.next_actions("high bias"), BIAS, "next_actions('high bias')")


def test_next_actions_done():
    """Low bias and low variance: nothing left to do, an empty list."""
    expect(sub.next_actions("low bias and low variance"), [],
           "next_actions('low bias and low variance')")


def test_next_actions_returns_a_fresh_list():
    """Return a copy: a caller that appends to the result must not change the recipe."""
    sub.next_actions("high bias").append("extra")
    sub.next_actions("high variance").append("extra")
    expect(sub.next_actions("high bias"), BIAS, "next_actions('high bias') after a change")
    expect(sub.next_actions("high variance"), VARIANCE,
           "next_actions('high variance') after a change")


def expected_plan(measurements, bayes, threshold):
    plan = []
    for train, dev in measurements:
        high_bias, high_variance = train - bayes > threshold, dev - train > threshold
        actions = BIAS if high_bias else VARIANCE if high_variance else []
        plan.append(list(actions))
        if not actions:
            break
    return plan


def history(seed, rounds):
    """A project history with errors drawn at random, kept clear of ties with 0.02/0.05."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(rounds):
        train = float(rng.choice([0.01, 0.03, 0.12, 0.2]))
        dev = train + float(rng.choice([0.0, 0.01, 0.04, 0.1]))
        out.append((train, dev))
    return out


@pytest.mark.parametrize("seed, rounds", [(1, 3), (2, 6), (3, 9), (4, 12), (5, 1)])
def test_follow_recipe_random_histories(seed, rounds):
    """One list of actions per round, from next_actions(diagnose(...)); stop after the first
    round whose list is empty, and keep that []."""
    measurements = history(seed, rounds)
    expect(sub.follow_recipe(list(measurements)), expected_plan(measurements, 0.0, 0.02),
           f"follow_recipe({measurements})")


def test_follow_recipe_stops_when_done():
    """Once a round needs nothing more, later measurements are ignored."""
    measurements = [(0.01, 0.015), (0.3, 0.3), (0.01, 0.2)]
    expect(sub.follow_recipe(measurements), [[]], f"follow_recipe({measurements})")


def test_follow_recipe_keeps_the_done_round():
    """The round that finishes the recipe is recorded too, as an empty list."""
    measurements = [(0.2, 0.21), (0.01, 0.015)]
    expect(sub.follow_recipe(measurements), [BIAS, []], f"follow_recipe({measurements})")


def test_follow_recipe_never_done():
    """If no round is good enough, every round gets its actions."""
    measurements = [(0.2, 0.21), (0.1, 0.3), (0.01, 0.08), (0.01, 0.05)]
    expect(sub.follow_recipe(measurements), [BIAS, BIAS, VARIANCE, VARIANCE],
           f"follow_recipe({measurements})")


def test_follow_recipe_passes_bayes_and_threshold():
    """Pass bayes_error and threshold on to diagnose: with a 12% Bayes error, 13% training
    error is fine."""
    measurements = [(0.13, 0.2), (0.13, 0.16), (0.13, 0.14)]
    expect(sub.follow_recipe(measurements, bayes_error=0.12, threshold=0.05),
           expected_plan(measurements, 0.12, 0.05),
           f"follow_recipe({measurements}, bayes_error=0.12, threshold=0.05)")


def test_follow_recipe_empty_history():
    """No measurements yet: nothing to plan, an empty list."""
    expect(sub.follow_recipe([]), [], "follow_recipe([])")
