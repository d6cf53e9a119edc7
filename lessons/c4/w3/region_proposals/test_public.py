"""Public tests: these are shown to you, with the values they expect."""

import submission as sub
from engine.testkit import expect


def test_count_windows_worked_example():
    expect(sub.count_windows((6, 8), [2, 4], 2), 18, "count_windows((6, 8), [2, 4], 2)")


def test_detection_cost_worked_example():
    expect(sub.detection_cost(2000, 10.0, 0.5, 300.0, "rcnn"), 21300.0, "rcnn cost")
    expect(sub.detection_cost(2000, 10.0, 0.5, 300.0, "fast"), 1310.0, "fast cost")
    expect(sub.detection_cost(2000, 10.0, 0.5, 300.0, "faster"), 1010.0, "faster cost")
