"""Hidden tests: every input pattern of several sizes, compared with the definition of parity."""

import math

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect


def _all_patterns(n):
    """Every n-bit input, one per column: shape (n, 2**n)."""
    return np.array(np.unravel_index(np.arange(2 ** n), [2] * n))


@pytest.mark.parametrize("n", [1, 2, 3, 6, 7, 9])
def test_parity_tree_every_pattern(n):
    """The parity is 1 exactly when a column holds an ODD number of ones; carry the last row
    of an odd-sized level up unchanged instead of dropping it."""
    bits = _all_patterns(n)
    parity, _, _ = sub.parity_tree(bits)
    expect(np.asarray(parity), (bits.sum(axis=0) % 2).reshape(1, -1), f"parity of {n} bits")


@pytest.mark.parametrize("n", [1, 2, 5, 8, 13, 16, 17])
def test_parity_tree_depth_and_gates(n):
    """A balanced tree halves the rows at every level: depth = ceil(log2(n)) levels, and it
    uses n - 1 gates in total (each gate turns two rows into one)."""
    bits = np.random.default_rng(n).integers(0, 2, size=(n, 3))
    _, depth, gates = sub.parity_tree(bits)
    expect(depth, math.ceil(math.log2(n)) if n > 1 else 0, f"depth for n = {n}")
    expect(gates, n - 1, f"gates for n = {n}")


@pytest.mark.parametrize("n", [1, 2, 5, 10, 20])
def test_shallow_units_counts(n):
    """Count the n-bit patterns with an odd number of ones: exactly half of all 2**n patterns."""
    odd = sum(math.comb(n, k) for k in range(1, n + 1, 2))
    expect(sub.shallow_units(n), odd, f"shallow_units({n})")
