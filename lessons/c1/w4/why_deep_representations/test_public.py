"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_parity_tree_eight_bits():
    bits = np.array([[1], [0], [1], [1], [0], [1], [0], [0]])  # one example, four ones
    parity, depth, gates = sub.parity_tree(bits)
    expect(parity, np.array([[0]]), "parity")
    expect(depth, 3, "depth (8 -> 4 -> 2 -> 1 rows)")
    expect(gates, 7, "gates (4 + 2 + 1)")


def test_parity_tree_five_bits_two_examples():
    bits = np.array([[1, 0], [1, 0], [0, 0], [1, 0], [1, 1]])
    parity, depth, gates = sub.parity_tree(bits)
    expect(parity, np.array([[0, 1]]), "parity")
    expect(depth, 3, "depth (5 -> 3 -> 2 -> 1 rows)")
    expect(gates, 4, "gates (2 + 1 + 1)")


def test_shallow_units_examples():
    expect(sub.shallow_units(3), 4, "shallow_units(3)")
    expect(sub.shallow_units(8), 128, "shallow_units(8)")
