"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

# The learning curve of the explanation: ten monthly dev errors; people make 7% errors.
CURVE = np.array([0.30, 0.20, 0.13, 0.09, 0.07, 0.06, 0.055, 0.052, 0.051, 0.0505])


def test_first_to_reach_example():
    expect(sub.first_to_reach(CURVE, 0.07), 4, "first_to_reach(CURVE, 0.07)")
    expect(sub.first_to_reach(CURVE, 0.05), None, "first_to_reach(CURVE, 0.05)")


def test_progress_before_after_example():
    expect(sub.progress_before_after(CURVE, 0.07), (0.0575, 0.0039),
           "progress_before_after(CURVE, 0.07)")


def test_examples_to_study_example():
    y = np.array([[1, 0, 1, 1, 0, 1, 0, 0]])
    y_human = np.array([[1, 0, 0, 1, 0, 1, 1, 0]])
    y_hat = np.array([[0, 0, 0, 1, 1, 1, 0, 0]])
    expect(sub.examples_to_study(y_hat, y_human, y), np.array([0, 4]),
           "examples_to_study(y_hat, y_human, y)")
