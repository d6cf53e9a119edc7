"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

X = np.array([[4.0, 1.0, 0.0, 2.0],
              [3.0, 7.0, 5.0, 1.0],
              [0.0, 2.0, 6.0, 8.0],
              [1.0, 1.0, 3.0, 2.0]])
Y = np.arange(16.0).reshape(4, 4)


def test_pool_2d_max():
    expect(sub.pool_2d(X, 2, 2, "max"), np.array([[7.0, 5.0], [2.0, 8.0]]), "pool_2d(x, 2, 2, 'max')")


def test_pool_2d_average():
    expect(sub.pool_2d(X, 2, 2, "average"), np.array([[3.75, 2.0], [1.0, 4.75]]),
           "pool_2d(x, 2, 2, 'average')")


def test_pool_2d_overlapping_windows():
    expect(sub.pool_2d(X, 3, 1, "max"), np.array([[7.0, 8.0], [7.0, 8.0]]), "pool_2d(x, 3, 1, 'max')")


def test_pool_volume_two_channels():
    A_prev = np.stack([X, Y], axis=-1)
    expect(sub.pool_volume(A_prev, 2, 2, "max"),
           np.stack([[[7.0, 5.0], [2.0, 8.0]], [[5.0, 7.0], [13.0, 15.0]]], axis=-1),
           "pool_volume(A_prev, 2, 2, 'max')")
    expect(sub.pool_volume(A_prev, 2, 2, "average"),
           np.stack([[[3.75, 2.0], [1.0, 4.75]], [[2.5, 4.5], [10.5, 12.5]]], axis=-1),
           "pool_volume(A_prev, 2, 2, 'average')")
