"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def bowl_gradient(w):
    """Gradient of the long narrow bowl J(w) = (w1^2 + 25 w2^2) / 2."""
    return np.array([w[0], 25 * w[1]])


def test_momentum_step_first_step_on_the_bowl():
    w, v = np.array([-4.0, 1.0]), np.zeros(2)
    expect(sub.momentum_step(w, bowl_gradient(w), v, 0.9, 0.1),
           (np.array([-3.96, 0.75]), np.array([-0.4, 2.5])),
           "momentum_step(w, dw, zeros, 0.9, 0.1)")


def test_momentum_step_matrix():
    W = np.array([[1.0, -2.0], [0.5, 3.0]])
    dW = np.array([[0.2, -0.4], [1.0, 0.0]])
    v = np.array([[0.1, 0.1], [-0.5, 2.0]])
    expect(sub.momentum_step(W, dW, v, 0.9, 0.5),
           (np.array([[0.945, -2.025], [0.675, 2.1]]), np.array([[0.11, 0.05], [-0.35, 1.8]])),
           "momentum_step(W, dW, v, 0.9, 0.5)")


def test_run_momentum_three_steps():
    expect(sub.run_momentum(bowl_gradient, np.array([-4.0, 1.0]), 0.9, 0.1, 3),
           np.array([[-4.0, 1.0], [-3.96, 0.75], [-3.8844, 0.3375], [-3.777516, -0.118125]]),
           "run_momentum(bowl_gradient, [-4, 1], 0.9, 0.1, 3)")
