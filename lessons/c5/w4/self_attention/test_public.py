"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

Q = np.array([[1.0, 0.0], [0.0, 1.0]])
K = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
V = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])


def test_create_look_ahead_mask_size_3():
    expect(sub.create_look_ahead_mask(3),
           np.array([[0.0, 1.0, 1.0], [0.0, 0.0, 1.0], [0.0, 0.0, 0.0]]),
           "create_look_ahead_mask(3)")


def test_create_padding_mask_example():
    seq = np.array([[7, 6, 0, 0, 1], [1, 2, 3, 0, 0]])
    expect(sub.create_padding_mask(seq),
           np.array([[[0.0, 0.0, 1.0, 1.0, 0.0]], [[0.0, 0.0, 0.0, 1.0, 1.0]]]),
           "create_padding_mask(seq)")


def test_scaled_dot_product_attention_example():
    output, weights = sub.scaled_dot_product_attention(Q, K, V)
    expect(weights, np.array([[0.40111209, 0.19777581, 0.40111209],
                              [0.19777581, 0.40111209, 0.40111209]]), "attention_weights")
    expect(output, np.array([[3.0, 4.0], [3.40667256, 4.40667256]]), "output")


def test_scaled_dot_product_attention_with_mask():
    mask = np.array([[0.0, 1.0, 1.0], [0.0, 0.0, 1.0]])
    output, weights = sub.scaled_dot_product_attention(Q, K, V, mask)
    expect(weights, np.array([[1.0, 0.0, 0.0], [0.33023845, 0.66976155, 0.0]]),
           "attention_weights (masked)")
    expect(output, np.array([[1.0, 2.0], [2.3395231, 3.3395231]]), "output (masked)")
