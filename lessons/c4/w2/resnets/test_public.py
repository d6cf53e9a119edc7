"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

A_PREV = np.array([[1.0], [2.0]])
W1 = np.array([[1.0, -1.0], [0.5, 0.5]])
B1 = np.zeros((2, 1))
W2 = np.array([[1.0, 2.0], [-1.0, -2.0]])
B2 = np.array([[0.5], [0.0]])


def test_plain_block_forward_example():
    expect(sub.plain_block_forward(A_PREV, W1, B1, W2, B2), np.array([[3.5], [0.0]]),
           "plain_block_forward(a, W1, b1, W2, b2)")


def test_residual_block_forward_example():
    expect(sub.residual_block_forward(A_PREV, W1, B1, W2, B2), np.array([[4.5], [0.0]]),
           "residual_block_forward(a, W1, b1, W2, b2)")
