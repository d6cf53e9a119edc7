"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

# The ten dev images of the explanation: images 4 and 7 are unacceptable.
Y = np.array([[1, 0, 1, 1, 0, 0, 1, 0, 1, 0]])
UNACCEPTABLE = np.array([[0, 0, 0, 0, 1, 0, 0, 1, 0, 0]], dtype=bool)
A = np.array([[1, 0, 1, 1, 1, 0, 1, 0, 1, 0]])   # one mistake: image 4, shown as a cat
B = np.array([[1, 0, 0, 1, 0, 0, 1, 0, 1, 1]])   # two mistakes: images 2 and 9
W10 = np.array([[1, 1, 1, 1, 10, 1, 1, 10, 1, 1]])


def test_weighted_error_example():
    expect(sub.weighted_error(A, Y, np.ones((1, 10))), 0.1, "weighted_error(A, Y, ones)")
    expect(sub.weighted_error(B, Y, np.ones((1, 10))), 0.2, "weighted_error(B, Y, ones)")
    expect(sub.weighted_error(A, Y, W10), 0.35714285714285715, "weighted_error(A, Y, W10)")
    expect(sub.weighted_error(B, Y, W10), 0.07142857142857142, "weighted_error(B, Y, W10)")


def test_best_algorithm_example():
    predictions = {"A": A, "B": B}
    expect(sub.best_algorithm(predictions, Y, np.ones((1, 10))), "A",
           "best_algorithm({'A': A, 'B': B}, Y, ones)")
    expect(sub.best_algorithm(predictions, Y, W10), "B",
           "best_algorithm({'A': A, 'B': B}, Y, W10)")


def test_flip_penalty_example():
    expect(sub.flip_penalty(A, B, Y, UNACCEPTABLE), 3, "flip_penalty(A, B, Y, UNACCEPTABLE)")
    expect(sub.flip_penalty(B, A, Y, UNACCEPTABLE), 1, "flip_penalty(B, A, Y, UNACCEPTABLE)")
