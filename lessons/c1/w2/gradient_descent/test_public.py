"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_update_parameter_first_step():
    # on the parabola at w = 0 the slope is -6; one step with learning rate 0.1
    expect(sub.update_parameter(0.0, -6.0, 0.1), 0.6, "update_parameter(0.0, -6.0, 0.1)")


def test_update_parameter_column():
    w = np.array([[1.0], [2.0]])
    dw = np.array([[0.5], [-1.0]])
    expect(sub.update_parameter(w, dw, 0.2), np.array([[0.9], [2.2]]),
           "update_parameter(w, dw, 0.2)")


def test_gradient_descent_three_steps():
    w, costs = sub.gradient_descent(sub.parabola, 0.0, learning_rate=0.1, num_iterations=3)
    expect(w, 1.464, "w after 3 steps")
    expect(costs, [9.0, 5.76, 3.6864], "costs")
