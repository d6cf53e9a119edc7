"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

IMAGE = np.array([[1.0, 2, 0, 1], [0, 1, 3, 2], [2, 0, 1, 1]])
TARGET = np.array([[-4.0, -2.0]])          # conv2d(IMAGE, SOBEL)


def test_filter_cost_and_gradient_from_zeros():
    cost, dK = sub.filter_cost_and_gradient(IMAGE, np.zeros((3, 3)), TARGET)
    expect(cost, 5.0, "cost")
    expect(dK, np.array([[4.0, 4, 1], [1, 5, 8], [4, 1, 3]]), "dK")


def test_learn_filter_three_steps():
    kernel, costs = sub.learn_filter(IMAGE, TARGET, np.zeros((3, 3)), 3, 0.1)
    expect(costs, [5.0, 1.9225, 0.74100625], "costs")
    expect(kernel, np.array([[-0.2495, -0.43, -0.01725],
                             [-0.01725, -0.26675, -0.6795],
                             [-0.43, -0.01725, -0.23225]]), "kernel")
