"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_label_error_breakdown_case_1():
    expect(sub.label_error_breakdown(0.10, 6, 100), (0.006, 0.094),
           "label_error_breakdown(0.10, 6, 100)")


def test_label_error_breakdown_case_2():
    expect(sub.label_error_breakdown(0.02, 30, 100), (0.006, 0.014),
           "label_error_breakdown(0.02, 30, 100)")


def test_should_fix_labels_two_cases():
    expect(sub.should_fix_labels(0.10, 6, 100, 0.01), False,
           "should_fix_labels(0.10, 6, 100, 0.01)")
    expect(sub.should_fix_labels(0.02, 30, 100, 0.002), True,
           "should_fix_labels(0.02, 30, 100, 0.002)")


def test_fix_labels_example():
    Y_dev = np.array([[1, 0, 0, 1, 1, 0]])
    Y_test = np.array([[0, 1, 1, 0]])
    expect(sub.fix_labels(Y_dev, Y_test, [1, 4], [2]),
           (np.array([[1, 1, 0, 1, 0, 0]]), np.array([[0, 1, 0, 0]])),
           "fix_labels(Y_dev, Y_test, [1, 4], [2])")
