"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_forward_propagate_example():
    w = np.array([[0.5], [-1.0]])
    b = 0.25
    X = np.array([[1.0, 2.0, -1.0],
                  [3.0, 0.0, 1.0]])
    expect(sub.forward_propagate(w, b, X),
           np.array([[0.09534946, 0.77729986, 0.22270014]]),
           "forward_propagate(w, b, X)")
