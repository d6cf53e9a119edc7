"""Hidden tests: fresh sizes and seeds, compared with independent formulas."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed, n", [(1, 7), (5, 30), (12, 3)])
def test_vectorized_dot_random(seed, n):
    """The dot product multiplies matching entries and adds up ALL n products into one number."""
    rng = np.random.default_rng(seed)
    x1, x2 = rng.normal(size=n), rng.normal(size=n)
    expect(sub.vectorized_dot(x1, x2), float(sum(a * b for a, b in zip(x1, x2, strict=True))),
           "vectorized_dot(x1, x2)")


def test_vectorized_dot_is_one_number():
    """The result is a single number, not an array of products: the products must be summed."""
    rng = np.random.default_rng(21)
    x1, x2 = rng.normal(size=6), rng.normal(size=6)
    result = sub.vectorized_dot(x1, x2)
    assert isinstance(result, (int, float, np.number)), (
        f"vectorized_dot should return one number, got {type(result).__name__} "
        f"of shape {np.shape(result)}")


def test_vectorized_dot_last_entry_counts():
    """Every entry counts, the last one included: only the last entries are non-zero here."""
    x1 = np.zeros(9)
    x2 = np.zeros(9)
    x1[-1], x2[-1] = 3.0, -2.0
    expect(sub.vectorized_dot(x1, x2), -6.0, "vectorized_dot(x1, x2)")


def test_vectorized_dot_with_itself():
    """x . x is the sum of the squares of x: never negative, and it grows with every entry."""
    x = np.random.default_rng(8).normal(size=11)
    expect(sub.vectorized_dot(x, x), float(np.sum(x ** 2)), "vectorized_dot(x, x)")


def test_vectorized_dot_large():
    """A million entries: still one number, the sum of all the products."""
    rng = np.random.default_rng(2024)
    x1, x2 = rng.random(1_000_000), rng.random(1_000_000)
    expect(sub.vectorized_dot(x1, x2), reference().vectorized_dot(x1, x2),
           "vectorized_dot(x1, x2)", rtol=1e-9)


@pytest.mark.parametrize("n1, n2", [(4, 6), (7, 2), (1, 5)])
def test_vectorized_outer_shapes(n1, n2):
    """The outer product of an (n1,) and an (n2,) vector is an (n1, n2) table: row i is x1[i] * x2."""
    rng = np.random.default_rng(10 * n1 + n2)
    x1, x2 = rng.normal(size=n1), rng.normal(size=n2)
    expected = np.array([[a * b for b in x2] for a in x1])
    expect(sub.vectorized_outer(x1, x2), expected, "vectorized_outer(x1, x2)")


def test_vectorized_outer_order_matters():
    """x1 picks the ROW and x2 the COLUMN: outer(x1, x2) is the transpose of outer(x2, x1)."""
    rng = np.random.default_rng(33)
    x1, x2 = rng.normal(size=3), rng.normal(size=8)
    result = sub.vectorized_outer(x1, x2)
    expect(result, reference().vectorized_outer(x2, x1).T, "vectorized_outer(x1, x2)")


def test_vectorized_outer_last_row():
    """Every row is filled in, the last one included."""
    x1 = np.array([0.0, 0.0, 0.0, 2.0])
    x2 = np.array([1.0, -3.0, 5.0])
    expected = np.zeros((4, 3))
    expected[-1] = [2.0, -6.0, 10.0]
    expect(sub.vectorized_outer(x1, x2), expected, "vectorized_outer(x1, x2)")
