"""Public tests: these are shown to you, with the values they expect."""

import submission as sub
from engine.testkit import expect

IDEAS = [
    ("collect 100,000 more pictures", 3.0, 0.2, 12),
    ("bigger network", 2.0, 0.5, 2),
    ("switch to Adam", 1.0, 0.5, 1),
    ("add dropout", 1.5, 0.4, 1),
    ("new architecture", 4.0, 0.3, 8),
    ("fix mislabeled examples", 0.5, 0.8, 3),
]


def test_value_per_week_examples():
    expect(sub.value_per_week(("bigger network", 2.0, 0.5, 2)), 0.5,
           "value_per_week(('bigger network', 2.0, 0.5, 2))")
    expect(sub.value_per_week(("collect 100,000 more pictures", 3.0, 0.2, 12)), 0.05,
           "value_per_week(('collect 100,000 more pictures', 3.0, 0.2, 12))")


def test_rank_ideas_example():
    expect(sub.rank_ideas(IDEAS),
           ["add dropout", "bigger network", "switch to Adam", "new architecture",
            "fix mislabeled examples", "collect 100,000 more pictures"],
           "rank_ideas(IDEAS)")


def test_plan_weeks_ten_weeks():
    expect(sub.plan_weeks(IDEAS, 10),
           (["add dropout", "bigger network", "switch to Adam", "fix mislabeled examples"], 2.5),
           "plan_weeks(IDEAS, 10)")
