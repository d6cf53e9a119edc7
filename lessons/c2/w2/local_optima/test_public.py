"""Public tests: the five 2-D critical points of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

EXAMPLES = [
    ("x^2 + 3y^2", [[2.0, 0.0], [0.0, 6.0]], "minimum"),
    ("x^2 - y^2", [[2.0, 0.0], [0.0, -2.0]], "saddle"),
    ("x^2 + 4xy + y^2", [[2.0, 4.0], [4.0, 2.0]], "saddle"),
    ("-x^2 - y^2", [[-2.0, 0.0], [0.0, -2.0]], "maximum"),
    ("x^2", [[2.0, 0.0], [0.0, 0.0]], "flat"),
]


def test_classify_critical_point_examples():
    for formula, hessian, kind in EXAMPLES:
        expect(sub.classify_critical_point(np.array(hessian)), kind,
               f"classify_critical_point(Hessian of {formula} at (0, 0))")


def test_saddle_fraction_examples():
    hessians = np.array([hessian for _, hessian, _ in EXAMPLES])
    expect(sub.saddle_fraction(hessians), 0.4, "saddle_fraction(the five Hessians)")
