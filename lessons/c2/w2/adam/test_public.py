"""Public tests: the worked examples of the explanation (the narrow bowl, alpha = 0.1)."""

import numpy as np

import submission as sub
from engine.testkit import expect


def bowl_gradient(w):
    """Gradient of the long narrow bowl J(w) = (w1^2 + 25 w2^2) / 2."""
    return np.array([w[0], 25 * w[1]])


def test_adam_step_first_step():
    w = np.array([-4.0, 1.0])
    expect(sub.adam_step(w, bowl_gradient(w), np.zeros(2), np.zeros(2), 1, learning_rate=0.1),
           (np.array([-3.9, 0.9]), np.array([-0.4, 2.5]), np.array([0.016, 0.625])),
           "adam_step(w, dw, zeros, zeros, t=1, learning_rate=0.1)")


def test_adam_step_second_step():
    w = np.array([-3.9, 0.9])
    v, s = np.array([-0.4, 2.5]), np.array([0.016, 0.625])
    expect(sub.adam_step(w, bowl_gradient(w), v, s, 2, learning_rate=0.1),
           (np.array([-3.8000739953, 0.8004122278]), np.array([-0.75, 4.5]),
            np.array([0.031194, 1.130625])),
           "adam_step(w, dw, v, s, t=2, learning_rate=0.1)")


def test_run_adam_three_steps():
    expect(sub.run_adam(bowl_gradient, np.array([-4.0, 1.0]), 3, learning_rate=0.1),
           np.array([[-4.0, 1.0], [-3.9, 0.9], [-3.8000739953, 0.8004122278],
                     [-3.7002738447, 0.7015862715]]),
           "run_adam(bowl_gradient, [-4, 1], 3, learning_rate=0.1)")
