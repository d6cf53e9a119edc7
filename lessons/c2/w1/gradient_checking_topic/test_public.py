"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

THETA = np.array([[1.0], [2.0], [-1.0]])
GRAD = np.array([[8.0], [3.0], [3.0]])


def J(theta):
    t1, t2, t3 = theta[0, 0], theta[1, 0], theta[2, 0]
    return t1 ** 2 + 3 * t1 * t2 + t3 ** 3


def test_gradient_approx_large_epsilon():
    expect(sub.gradient_approx(J, THETA, 0.01), np.array([[8.0], [3.0], [3.0001]]),
           "gradient_approx(J, theta, 0.01)")


def test_gradient_approx_default_epsilon():
    expect(sub.gradient_approx(J, THETA), GRAD, "gradient_approx(J, theta)")


def test_relative_difference_close():
    expect(sub.relative_difference(GRAD, np.array([[8.0], [3.0], [3.0001]])), 5.5215662e-06,
           "relative_difference(grad, gradapprox with epsilon 0.01)")


def test_relative_difference_bug():
    expect(sub.relative_difference(np.array([[8.0], [6.0], [3.0]]), GRAD), 0.15388015,
           "relative_difference(buggy grad, gradapprox)")
