"""Hidden tests: other budgets, boundaries, scripted training days and toy models."""

import math

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("machines, hours_per_run, hours, min_models", [
    (8, 12, 48, 10), (2, 5, 24, 10), (1, 1, 9, 10), (5, 7, 20, 10), (16, 100, 90, 10),
    (3, 2.5, 11, 12), (6, 4, 17, 20), (1, 0.5, 10, 20)])
def test_choose_approach_budgets(machines, hours_per_run, hours, min_models):
    """A machine finishes floor(hours_available / hours_per_run) WHOLE runs; multiply by the
    number of machines, then compare with min_models (caviar from min_models upwards)."""
    num_models = machines * math.floor(hours / hours_per_run)
    approach = "caviar" if num_models >= min_models else "panda"
    expect(sub.choose_approach(machines, hours_per_run, hours, min_models), (approach, num_models),
           f"choose_approach({machines}, {hours_per_run}, {hours}, min_models={min_models})")


def test_choose_approach_exactly_enough():
    """Exactly min_models finished models is enough for caviar: the test is >=, not >."""
    expect(sub.choose_approach(5, 24, 48), ("caviar", 10), "choose_approach(5, 24, 48)")


def test_choose_approach_runs_cannot_be_pooled():
    """Three machines with 35 hours each cannot finish 10.5 runs of 10 hours: a run does not
    continue on another machine. Floor per machine, then multiply."""
    expect(sub.choose_approach(3, 10, 35, min_models=10), ("panda", 9),
           "choose_approach(3, 10, 35)")
    expect(sub.choose_approach(7, 3, 8, min_models=15), ("panda", 14),
           "choose_approach(7, 3, 8, min_models=15)")


def test_choose_approach_many_machines_no_time():
    """Machines do not help if not even one run fits before the deadline: 0 models, panda."""
    expect(sub.choose_approach(50, 40, 30), ("panda", 0), "choose_approach(50, 40, 30)")


class ScriptedDay:
    """A fake day of training: returns the next scripted cost and remembers every call."""

    def __init__(self, costs):
        self.costs = list(costs)
        self.calls = []

    def __call__(self, w, learning_rate):
        self.calls.append((w, learning_rate))
        return w + 1.0, self.costs[len(self.calls) - 1]


def test_babysit_restarts_from_the_checkpoint():
    """After a bad day, throw its weights away: the next day trains from the best weights so
    far, not from the weights the bad day produced."""
    day = ScriptedDay([5.0, 3.0, 9.0, 8.0, 2.0])
    best_w, best_cost, _ = sub.babysit(0.0, day, 1.0, 5, grow=2.0, shrink=0.5)
    expect([w for w, _ in day.calls], [0.0, 1.0, 2.0, 2.0, 2.0], "the weights each day started from")
    expect((best_w, best_cost), (3.0, 2.0), "(best_w, best_cost)")


def test_babysit_compares_with_the_best_day():
    """A day is good only if it beats the BEST cost so far, not merely the previous day's."""
    day = ScriptedDay([4.0, 10.0, 6.0, 3.0])
    best_w, best_cost, rates = sub.babysit(0.0, day, 1.0, 4, grow=2.0, shrink=0.5)
    expect(rates, [1.0, 2.0, 1.0, 0.5], "learning_rates")
    expect((best_w, best_cost), (2.0, 3.0), "(best_w, best_cost)")


def test_babysit_grows_after_good_days_and_shrinks_after_bad_ones():
    """Multiply by grow after a good day and by shrink after a bad one; record the rate a day
    USED, before changing it."""
    day = ScriptedDay([10.0, 9.0, 12.0, 8.0, 8.0, 7.5])
    _, best_cost, rates = sub.babysit(0.0, day, 0.1, 6, grow=1.25, shrink=0.4)
    expect(rates, [0.1, 0.125, 0.15625, 0.0625, 0.078125, 0.03125], "learning_rates")
    expect([lr for _, lr in day.calls], rates, "the learning rate passed to each day")
    expect(best_cost, 7.5, "best_cost")


def test_babysit_rejects_a_diverged_day():
    """A diverged day returns nan: it must count as a bad day (nan < best is False)."""
    day = ScriptedDay([float("nan"), 2.0, float("nan")])
    best_w, best_cost, rates = sub.babysit(0.0, day, 1.0, 3, grow=2.0, shrink=0.5)
    expect(rates, [1.0, 0.5, 1.0], "learning_rates")
    expect((best_w, best_cost), (1.0, 2.0), "(best_w, best_cost)")


def test_babysit_no_good_day():
    """If no day ever improves, return the initial weights and an infinite cost."""
    day = ScriptedDay([float("nan")] * 3)
    best_w, best_cost, rates = sub.babysit(7.0, day, 1.0, 3)
    expect((best_w, rates), (7.0, [1.0, 0.5, 0.25]), "(best_w, learning_rates)")
    assert best_cost == np.inf, f"best_cost should be np.inf, got {best_cost}"


@pytest.mark.parametrize("seed, n, lr, days", [(1, 3, 0.05, 12), (2, 5, 0.2, 8), (3, 2, 0.5, 10)])
def test_babysit_toy_models(seed, n, lr, days):
    """The same rules on toy models of other sizes: compared with the reference."""
    rng = np.random.default_rng(seed)
    curvatures = 10.0 ** rng.uniform(-1, 1.5, size=n)
    w0 = rng.normal(size=n)
    day = reference().make_training_day(curvatures, 4)
    expected = reference().babysit(w0.copy(), day, lr, days)
    expect(sub.babysit(w0, day, lr, days), expected, f"babysit(w0, day, {lr}, {days})")


def test_babysit_leaves_w_alone():
    """Never change the caller's initial weights in place."""
    w0 = np.array([0.5, -2.0, 1.5])
    before = w0.copy()
    sub.babysit(w0, reference().make_training_day([1.0, 2.0, 3.0], 2), 0.3, 5)
    expect(w0, before, "w after babysit")
