"""Public tests: these are shown to you, with the values they expect."""

import submission as sub
from engine.testkit import expect


def test_is_parameter_examples():
    expect(sub.is_parameter("W1"), True, "is_parameter('W1')")
    expect(sub.is_parameter("b3"), True, "is_parameter('b3')")
    expect(sub.is_parameter("learning_rate"), False, "is_parameter('learning_rate')")
    expect(sub.is_parameter("num_iterations"), False, "is_parameter('num_iterations')")


def test_best_learning_rate_example():
    final_costs = {0.0001: 0.61, 0.001: 0.35, 0.01: 0.12, 0.1: 0.43, 1.0: float("nan")}
    expect(sub.best_learning_rate(final_costs), 0.01, "best_learning_rate(final_costs)")
