"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

A_PREV = np.array([[2.0, 0.0], [1.0, 3.0]])
W = np.array([[1.0, -1.0], [0.5, 0.5]])
B = np.array([[0.5], [-1.0]])


def test_relu_block_forward_example():
    A, cache = sub.relu_block_forward(A_PREV, W, B)
    expect(A, np.array([[1.5, 0.0], [0.5, 0.5]]), "A")
    assert isinstance(cache, tuple) and len(cache) == 4, "cache should be (A_prev, W, b, Z)"
    expect(cache[3], np.array([[1.5, -2.5], [0.5, 0.5]]), "Z, the last item of the cache")


def test_relu_block_backward_example():
    Z = np.array([[1.5, -2.5], [0.5, 0.5]])
    dA = np.array([[0.2, -0.4], [1.0, -1.0]])
    dA_prev, dW, db = sub.relu_block_backward(dA, (A_PREV, W, B, Z))
    expect(dW, np.array([[0.2, 0.1], [1.0, -1.0]]), "dW")
    expect(db, np.array([[0.1], [0.0]]), "db")
    expect(dA_prev, np.array([[0.7, -0.5], [0.3, -0.5]]), "dA_prev")
