"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_initialize_random_2_4_1():
    expect(sub.initialize_random(2, 4, 1, seed=2),
           {"W1": np.array([[-0.00416758, -0.00056267],
                            [-0.02136196, 0.01640271],
                            [-0.01793436, -0.00841747],
                            [0.00502881, -0.01245288]]),
            "b1": np.zeros((4, 1)),
            "W2": np.array([[-0.01057952, -0.00909008, 0.00551454, 0.02292208]]),
            "b2": np.zeros((1, 1))}, "initialize_random(2, 4, 1, seed=2)")


def test_hidden_units_identical_examples():
    expect(sub.hidden_units_identical(np.full((4, 2), 2.8636)), True,
           "hidden_units_identical(a matrix of equal rows)")
    W1 = np.array([[1.7839, -1.7839], [-2.5984, 2.5984], [-1.9849, 1.9849], [-1.7979, 1.7979]])
    expect(sub.hidden_units_identical(W1), False, "hidden_units_identical(W1 after random init)")
