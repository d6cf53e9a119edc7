"""Public tests: the tables of the explanation (alpha0 = 0.3)."""

import submission as sub
from engine.testkit import expect


def test_decayed_learning_rate_table():
    for epoch, rate in [(0, 0.3), (1, 0.2), (2, 0.15), (3, 0.12), (4, 0.1)]:
        expect(sub.decayed_learning_rate(0.3, epoch, 0.5), rate,
               f"decayed_learning_rate(0.3, {epoch}, 0.5)")


def test_scheduled_learning_rate_tables():
    cases = [("inverse", 4, 0.5, 0.1),
             ("exponential", 1, 0.95, 0.285), ("exponential", 2, 0.95, 0.27075),
             ("exponential", 10, 0.95, 0.1796210817715136),
             ("sqrt", 1, 1.0, 0.3), ("sqrt", 4, 1.0, 0.15), ("sqrt", 9, 1.0, 0.1),
             ("staircase", 9, 0.5, 0.3), ("staircase", 10, 0.5, 0.15),
             ("staircase", 25, 0.5, 0.075)]
    for method, epoch, decay_rate, rate in cases:
        expect(sub.scheduled_learning_rate(0.3, epoch, method, decay_rate), rate,
               f"scheduled_learning_rate(0.3, {epoch}, {method!r}, {decay_rate})")
