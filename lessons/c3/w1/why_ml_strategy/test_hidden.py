"""Hidden tests: random idea lists, ties, tight budgets, and inputs that must stay untouched."""

import copy

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def random_ideas(seed, n):
    """n ideas with gains, probabilities and efforts drawn from a seeded generator."""
    rng = np.random.default_rng(seed)
    return [(f"idea {k}", float(rng.choice([0.5, 1.0, 1.5, 2.0, 3.0, 5.0])),
             float(rng.choice([0.1, 0.25, 0.4, 0.5, 0.7, 0.9])),
             int(rng.choice([1, 2, 3, 4, 6, 8, 12]))) for k in range(n)]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_value_per_week_random(seed):
    """Expected gain per week: probability * gain, divided by the weeks it takes."""
    for idea in random_ideas(seed, 5):
        _, gain, probability, weeks = idea
        expect(sub.value_per_week(idea), probability * gain / weeks, f"value_per_week({idea})")


def test_value_per_week_uses_the_probability():
    """An idea that surely fails (probability 0) is worth nothing, however big its gain."""
    expect(sub.value_per_week(("moonshot", 9.0, 0.0, 3)), 0.0,
           "value_per_week(('moonshot', 9.0, 0.0, 3))")


def test_value_per_week_longer_is_worth_less():
    """Twice the effort for the same expected gain halves the value per week."""
    quick = sub.value_per_week(("quick", 2.0, 0.5, 2))
    slow = sub.value_per_week(("slow", 2.0, 0.5, 4))
    expect(slow, quick / 2, "value_per_week of the 4-week idea")


@pytest.mark.parametrize("seed, n", [(5, 1), (6, 4), (7, 8), (8, 12)])
def test_rank_ideas_random(seed, n):
    """Sort by value_per_week from the HIGHEST to the lowest and return the names."""
    ideas = random_ideas(seed, n)
    expected = reference().rank_ideas(copy.deepcopy(ideas))
    expect(sub.rank_ideas(ideas), expected, "rank_ideas(ideas)")


def test_rank_ideas_not_by_raw_gain():
    """A big gain that takes a year is worth less per week than a small quick win."""
    ideas = [("big but slow", 8.0, 0.5, 16), ("small but quick", 1.0, 0.5, 1)]
    expect(sub.rank_ideas(ideas), ["small but quick", "big but slow"], "rank_ideas(ideas)")


def test_rank_ideas_ties_keep_their_order():
    """Ideas with the same value keep their input order: sorted(..., reverse=True) is stable,
    but reversing an ascending sort flips the ties."""
    ideas = [("a", 2.0, 0.5, 1), ("b", 8.0, 0.25, 2), ("c", 4.0, 0.5, 2), ("d", 1.0, 0.5, 2)]
    expect(sub.rank_ideas(ideas), ["a", "b", "c", "d"], "rank_ideas(ideas)")


def test_rank_ideas_leaves_the_list_alone():
    """Do not sort the caller's list in place: use sorted(), which returns a new list."""
    ideas = random_ideas(9, 6)
    before = copy.deepcopy(ideas)
    sub.rank_ideas(ideas)
    expect(ideas, before, "the ideas list after rank_ideas")


def test_rank_ideas_empty():
    """No ideas, no ranking: an empty list."""
    expect(sub.rank_ideas([]), [], "rank_ideas([])")


@pytest.mark.parametrize("seed, n, budget", [(10, 6, 10), (11, 9, 7), (12, 12, 20), (13, 3, 2)])
def test_plan_weeks_random(seed, n, budget):
    """Best value per week first; take an idea if it fits in the weeks left, else skip it and
    keep going; add up probability * gain of what you took."""
    ideas = random_ideas(seed, n)
    expected = reference().plan_weeks(copy.deepcopy(ideas), budget)
    expect(sub.plan_weeks(ideas, budget), expected, f"plan_weeks(ideas, {budget})")


def test_plan_weeks_skips_and_keeps_looking():
    """An idea that does not fit is skipped, but a later, shorter one may still fit."""
    ideas = [("first", 4.0, 0.5, 2), ("too long", 6.0, 0.5, 6), ("short", 1.0, 0.5, 1)]
    expect(sub.plan_weeks(ideas, 4), (["first", "short"], 2.5), "plan_weeks(ideas, 4)")


def test_plan_weeks_exact_fit():
    """An idea that needs exactly the weeks that are left still fits (<=, not <)."""
    ideas = [("one", 3.0, 0.5, 2), ("two", 2.0, 0.5, 2)]
    expect(sub.plan_weeks(ideas, 4), (["one", "two"], 2.5), "plan_weeks(ideas, 4)")


def test_plan_weeks_counts_expected_gain():
    """The total is the EXPECTED gain: each idea contributes probability * gain."""
    ideas = [("likely", 2.0, 0.9, 1), ("unlikely", 10.0, 0.1, 1)]
    expect(sub.plan_weeks(ideas, 2), (["likely", "unlikely"], 2.8), "plan_weeks(ideas, 2)")


def test_plan_weeks_ranks_before_taking():
    """Go through the ideas best value first, not in the order they were written down."""
    ideas = [("slow", 2.0, 0.5, 4), ("fast", 2.0, 0.5, 1), ("medium", 2.0, 0.5, 2)]
    expect(sub.plan_weeks(ideas, 4), (["fast", "medium"], 2.0), "plan_weeks(ideas, 4)")


def test_plan_weeks_no_time():
    """With no weeks to spend nothing is chosen and nothing is gained."""
    expect(sub.plan_weeks(random_ideas(14, 5), 0), ([], 0.0), "plan_weeks(ideas, 0)")


def test_plan_weeks_leaves_the_list_alone():
    """Planning must not reorder or change the caller's list of ideas."""
    ideas = random_ideas(15, 7)
    before = copy.deepcopy(ideas)
    sub.plan_weeks(ideas, 9)
    expect(ideas, before, "the ideas list after plan_weeks")
