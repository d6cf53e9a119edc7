"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

X = np.array([[1.0, 2.0, -1.0],
              [3.0, 0.0, 1.0]])


def test_compute_gradients_example():
    A = np.array([[0.9, 0.2, 0.6]])
    Y = np.array([[1.0, 0.0, 1.0]])
    expect(sub.compute_gradients(X, A, Y),
           {"dw": np.array([[0.23333333], [-0.23333333]]), "db": -0.1},
           "compute_gradients(X, A, Y)")


def test_gradient_descent_step_example():
    w = np.array([[0.5], [-1.0]])
    Y = np.array([[1.0, 1.0, 0.0]])
    expect(sub.gradient_descent_step(w, 0.25, X, Y, 0.1),
           (np.array([[0.55242503], [-0.91695828]]), 0.28015502),
           "gradient_descent_step(w, 0.25, X, Y, 0.1)")
