"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

PERMUTATION = np.array([3, 0, 4, 1, 2])


def test_make_mini_batches_example():
    X = np.array([[1.0, 2.0, 3.0, 4.0, 5.0],
                  [10.0, 20.0, 30.0, 40.0, 50.0]])
    Y = np.array([[0, 1, 0, 1, 1]])
    expected = [
        (np.array([[4.0, 1.0], [40.0, 10.0]]), np.array([[1, 0]])),
        (np.array([[5.0, 2.0], [50.0, 20.0]]), np.array([[1, 1]])),
        (np.array([[3.0], [30.0]]), np.array([[0]])),
    ]
    expect(sub.make_mini_batches(X, Y, 2, PERMUTATION), expected,
           "make_mini_batches(X, Y, 2, [3, 0, 4, 1, 2])")


def test_one_epoch_example():
    mini_batches = [
        (np.array([[3.0, 1.0], [-1.0, 0.0]]), np.array([[1, 1]])),
        (np.array([[-1.0, -2.0], [1.0, 1.0]]), np.array([[0, 0]])),
        (np.array([[0.5], [2.0]]), np.array([[1]])),
    ]
    expected = (np.array([[0.8834033774], [0.2374630720]]), 0.34353798946505,
                [0.6931471805599453, 0.43578392257244797, 0.7718661223731332])
    expect(sub.one_epoch(np.zeros((2, 1)), 0.0, mini_batches, 0.5), expected,
           "one_epoch(zeros, 0.0, mini_batches, 0.5)")
