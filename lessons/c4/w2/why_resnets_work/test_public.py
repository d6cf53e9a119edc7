"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

A_PREV = np.array([[1.0], [2.0]])
W1 = np.array([[1.0, -1.0], [0.5, 0.5]])
B1 = np.zeros((2, 1))


def test_residual_block_zero_weights_is_identity():
    W2, b2 = np.zeros((2, 2)), np.zeros((2, 1))
    expect(sub.residual_block(A_PREV, np.zeros((2, 2)), B1, W2, b2), A_PREV,
           "residual_block with all weights 0")


def test_residual_block_projection_example():
    W2 = np.array([[1.0, 2.0], [-1.0, -2.0], [0.0, 1.0]])
    b2 = np.array([[0.5], [0.0], [-4.0]])
    Ws = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    expect(sub.residual_block(A_PREV, W1, B1, W2, b2, Ws), np.array([[4.5], [0.0], [0.5]]),
           "residual_block(a, W1, b1, W2, b2, Ws)")


def test_residual_stack_of_zero_blocks():
    zero = {"W1": np.zeros((3, 2)), "b1": np.zeros((3, 1)), "W2": np.zeros((2, 3)),
            "b2": np.zeros((2, 1))}
    expect(sub.residual_stack(A_PREV, [zero] * 10), A_PREV, "ten zero residual blocks")
