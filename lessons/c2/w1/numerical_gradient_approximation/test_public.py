"""Public tests: the worked example of the explanation, f(theta) = theta^3."""

import numpy as np

import submission as sub
from engine.testkit import expect

EPSILONS = [0.1, 0.01, 0.001]


def cube(theta):
    return theta ** 3


def test_two_sided_difference_at_one():
    expect(sub.two_sided_difference(cube, 1.0, 0.01), 3.0001, "two_sided_difference(cube, 1, 0.01)")


def test_two_sided_difference_on_an_array():
    expect(sub.two_sided_difference(cube, np.array([1.0, 2.0, -1.0]), 0.1),
           np.array([3.01, 12.01, 3.01]), "two_sided_difference(cube, [1, 2, -1], 0.1)")


def test_error_order_two_sided():
    expect(sub.error_order(EPSILONS, [0.01, 0.0001, 0.000001]), 2.0,
           "error_order(epsilons, two-sided errors)")


def test_error_order_one_sided():
    expect(sub.error_order(EPSILONS, [0.31, 0.0301, 0.003001]), 1.00704785,
           "error_order(epsilons, one-sided errors)")
