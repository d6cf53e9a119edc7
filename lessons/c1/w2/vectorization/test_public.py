"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_vectorized_dot_example():
    x1 = np.array([2.0, -1.0, 3.0, 0.5])
    x2 = np.array([1.0, 4.0, 2.0, -2.0])
    expect(sub.vectorized_dot(x1, x2), 3.0, "vectorized_dot(x1, x2)")


def test_vectorized_outer_example():
    x1 = np.array([1.0, 2.0, 3.0])
    x2 = np.array([10.0, -1.0])
    expect(sub.vectorized_outer(x1, x2),
           np.array([[10.0, -1.0], [20.0, -2.0], [30.0, -3.0]]),
           "vectorized_outer(x1, x2)")
