"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

# 4 tasks (pedestrian, car, stop sign, traffic light) for 3 images; -1 and NaN are missing.
Y = np.array([[1.0, 0.0, -1.0],
              [1.0, 1.0, 0.0],
              [0.0, np.nan, 0.0],
              [0.0, 0.0, 1.0]])
A = np.array([[0.9, 0.2, 0.5],
              [0.8, 0.6, 0.1],
              [0.3, 0.5, 0.2],
              [0.1, 0.4, 0.7]])


def test_label_mask_example():
    expect(sub.label_mask(Y), np.array([[True, True, False],
                                        [True, True, True],
                                        [True, False, True],
                                        [True, True, True]]), "label_mask(Y)")


def test_multitask_cost_example():
    expect(sub.multitask_cost(A, Y), 0.9068377787751848, "multitask_cost(A, Y)")


def test_multitask_dZ_example():
    expect(sub.multitask_dZ(A, Y), np.array([[-0.1, 0.2, 0.0],
                                             [-0.2, -0.4, 0.1],
                                             [0.3, 0.0, 0.2],
                                             [0.1, 0.4, -0.3]]) / 3, "multitask_dZ(A, Y)")
