"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_choose_approach_big_team():
    expect(sub.choose_approach(4, 30, 168), ("caviar", 20), "choose_approach(4, 30, 168)")


def test_choose_approach_one_gpu():
    expect(sub.choose_approach(1, 72, 336), ("panda", 4), "choose_approach(1, 72, 336)")


def test_choose_approach_runs_do_not_split():
    expect(sub.choose_approach(3, 10, 35), ("panda", 9), "choose_approach(3, 10, 35)")


def test_babysit_example():
    day = sub.make_training_day([1.0, 10.0], 3)
    expect(sub.babysit(np.array([1.0, 1.0]), day, 0.12, 6, grow=1.5, shrink=0.5),
           (np.array([0.07413960, 0.02167097]), 0.0050964943,
            [0.12, 0.18, 0.27, 0.405, 0.2025, 0.30375]),
           "babysit(w, day, 0.12, 6, grow=1.5, shrink=0.5)")
