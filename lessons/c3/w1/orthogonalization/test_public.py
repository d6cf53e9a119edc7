"""Public tests: these are shown to you, with the values they expect."""

import submission as sub
from engine.testkit import expect


def test_first_failing_step_examples():
    cases = [((0.08, 0.09, 0.095, True), "train"),
             ((0.02, 0.07, 0.075, True), "dev"),
             ((0.02, 0.03, 0.08, True), "test"),
             ((0.02, 0.03, 0.035, False), "real world"),
             ((0.02, 0.03, 0.035, True), None)]
    for args, step in cases:
        expect(sub.first_failing_step(*args, target_error=0.01), step,
               f"first_failing_step{args[:4]} with target_error=0.01")


def test_knobs_for_each_step():
    cases = {"train": ["better optimization algorithm", "bigger network"],
             "dev": ["bigger training set", "regularization"],
             "test": ["bigger dev set"],
             "real world": ["change the cost function", "change the dev set"],
             None: []}
    for step, knobs in cases.items():
        result = sub.knobs_for(step)
        assert isinstance(result, list), f"knobs_for({step!r}) should return a list"
        expect(sorted(result), knobs, f"sorted(knobs_for({step!r}))")


def test_moved_steps_examples():
    expect(sub.moved_steps((0.01, 0.08, 0.085), (0.04, 0.06, 0.065)), ["train", "dev"],
           "moved_steps for early stopping")
    expect(sub.moved_steps((0.10, 0.11, 0.115), (0.03, 0.04, 0.045)), ["train"],
           "moved_steps for a bigger network")
    expect(sub.moved_steps((0.02, 0.09, 0.095), (0.022, 0.03, 0.036)), ["dev"],
           "moved_steps for L2 regularization")
