"""Public tests: the short-versus-long example of the explanation."""

import submission as sub
from engine.testkit import expect

SHORT = (2, 4, 1)                   # jane visits <eos>
LONG = (2, 3, 5, 8, 9, 10, 1)       # jane is visiting africa in september <eos>
CANDIDATES = [(SHORT, -2.0), (LONG, -2.6)]


def test_normalized_score_example():
    expect(sub.normalized_score(-2.6, 7, 0.7), -0.6658934146506562, "normalized_score(-2.6, 7, 0.7)")
    expect(sub.normalized_score(-2.0, 3, 0.7), -0.9269261135439395, "normalized_score(-2.0, 3, 0.7)")
    expect(sub.normalized_score(-2.6, 7, 1.0), -0.37142857142857144, "normalized_score(-2.6, 7, 1.0)")


def test_pick_best_example():
    expect(sub.pick_best(CANDIDATES, 0.0), (SHORT, -2.0), "pick_best(candidates, 0.0)")
    expect(sub.pick_best(CANDIDATES, 0.7), (LONG, -0.6658934146506562), "pick_best(candidates, 0.7)")
