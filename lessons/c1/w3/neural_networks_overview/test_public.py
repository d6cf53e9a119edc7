"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

X = np.array([[1.0], [2.0]])
HIDDEN = [(np.array([[1.0], [0.0]]), 0.0),
          (np.array([[0.0], [1.0]]), -2.0),
          (np.array([[1.0], [-1.0]]), 1.0)]
OUTPUT = (np.array([[2.0], [-1.0], [1.0]]), -1.0)


def test_logistic_unit_example():
    w = np.array([[0.5], [-1.0]])
    expect(sub.logistic_unit(X, w, 0.5), np.array([[0.26894142]]), "logistic_unit(x, w, 0.5)")


def test_two_layer_by_units_example():
    expect(sub.two_layer_by_units(X, HIDDEN, OUTPUT), np.array([[0.6135163]]),
           "two_layer_by_units(x, hidden_units, output_unit)")
