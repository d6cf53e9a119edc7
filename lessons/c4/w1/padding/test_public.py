"""Public tests: the examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_zero_pad_small_image():
    X = np.array([[1.0, 2, 3], [4, 5, 6]]).reshape(1, 2, 3, 1)
    expected = np.array([[0.0, 0, 0, 0, 0],
                         [0, 1, 2, 3, 0],
                         [0, 4, 5, 6, 0],
                         [0, 0, 0, 0, 0]]).reshape(1, 4, 5, 1)
    expect(sub.zero_pad(X, 1), expected, "zero_pad(X, 1)")


def test_zero_pad_batch_shape():
    X = np.random.default_rng(1).normal(size=(4, 3, 3, 2))
    X_pad = sub.zero_pad(X, 3)
    expect(X_pad.shape, (4, 9, 9, 2), "zero_pad(X, 3).shape")
    expect(X_pad[:, 3:6, 3:6, :], X, "the inside of the padded batch")


def test_same_padding_odd_filters():
    for f, p in [(1, 0), (3, 1), (5, 2), (7, 3)]:
        expect(sub.same_padding(f), p, f"same_padding({f})", strict_type=True)
