"""Public tests: the worked examples of the explanation."""

import submission as sub
from engine.testkit import expect

CURVE = [0.50, 0.41, 0.35, 0.33, 0.34, 0.32, 0.33, 0.35, 0.36, 0.31]


def test_early_stopping_patience_3():
    expect(sub.early_stopping(CURVE, patience=3), (5, 8), "early_stopping(curve, patience=3)")


def test_early_stopping_patience_5():
    expect(sub.early_stopping(CURVE, patience=5), (9, 9), "early_stopping(curve, patience=5)")


def test_early_stopping_min_delta():
    expect(sub.early_stopping(CURVE, patience=3, min_delta=0.015), (3, 6),
           "early_stopping(curve, patience=3, min_delta=0.015)")
