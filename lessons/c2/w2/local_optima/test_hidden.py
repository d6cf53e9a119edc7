"""Hidden tests: rotated Hessians in 2 to 6 dimensions, flat directions, random stacks."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def with_eigenvalues(eigenvalues, seed):
    """A symmetric, non-diagonal matrix with exactly these eigenvalues (a random rotation)."""
    n = len(eigenvalues)
    q, _ = np.linalg.qr(np.random.default_rng(seed).normal(size=(n, n)))
    return q @ np.diag(eigenvalues) @ q.T


CASES = [
    ([1.0, 2.0], "minimum"), ([-0.5, -3.0], "maximum"), ([4.0, -0.1], "saddle"),
    ([1.0, 2.0, 3.0, 0.5], "minimum"), ([3.0, 2.0, -1.0, -1.0], "saddle"),
    ([-1.0, -2.0, -0.3], "maximum"), ([5.0, 1.0, 1.0, 1.0, 1.0, -0.01], "saddle"),
    ([1.0, 0.0, 2.0], "flat"), ([-1.0, 0.0, -4.0, 0.0], "flat"), ([0.0, 0.0], "flat"),
]


@pytest.mark.parametrize("index", range(len(CASES)))
def test_classify_critical_point_rotated(index):
    """Use the EIGENVALUES of the Hessian (np.linalg.eigvalsh), not its diagonal or determinant."""
    eigenvalues, kind = CASES[index]
    hessian = with_eigenvalues(np.array(eigenvalues), seed=index)
    expect(sub.classify_critical_point(hessian), kind,
           f"classify_critical_point(Hessian with eigenvalues {eigenvalues})")


def test_classify_critical_point_positive_diagonal_saddle():
    """Positive diagonal entries do not make a minimum: [[1, 3], [3, 1]] has eigenvalues 4 and -2."""
    expect(sub.classify_critical_point(np.array([[1.0, 3.0], [3.0, 1.0]])), "saddle",
           "classify_critical_point([[1, 3], [3, 1]])")


def test_classify_critical_point_determinant_is_not_enough():
    """In 4-D, two downward directions give a positive determinant, yet the point is a saddle."""
    expect(sub.classify_critical_point(np.diag([3.0, 2.0, -1.0, -1.0])), "saddle",
           "classify_critical_point(diag(3, 2, -1, -1))")


def test_classify_critical_point_saddle_with_a_flat_direction():
    """Up in one direction and down in another is a saddle, even if a third direction is flat."""
    hessian = with_eigenvalues(np.array([1.0, -1.0, 0.0]), seed=40)
    expect(sub.classify_critical_point(hessian), "saddle",
           "classify_critical_point(eigenvalues 1, -1, 0)")


def test_classify_critical_point_uses_tol():
    """Eigenvalues with |lambda| <= tol count as zero: they make a flat direction, not a curve."""
    expect(sub.classify_critical_point(np.diag([2.0, 1e-12])), "flat",
           "classify_critical_point(diag(2, 1e-12))")
    expect(sub.classify_critical_point(np.diag([2.0, -1e-3]), tol=1e-2), "flat",
           "classify_critical_point(diag(2, -0.001), tol=0.01)")
    expect(sub.classify_critical_point(np.diag([2.0, 1e-3])), "minimum",
           "classify_critical_point(diag(2, 0.001))")


def random_stack(seed, k, n):
    """k random symmetric Gaussian matrices of size n x n."""
    a = np.random.default_rng(seed).normal(size=(k, n, n))
    return (a + a.transpose(0, 2, 1)) / 2


def test_saddle_fraction_known_mix():
    """Count the Hessians classified "saddle" and divide by the NUMBER OF HESSIANS k."""
    eigenvalue_lists = [[1, -1, 2], [2, 3, 1], [-1, -2, -3], [1, 0, 2], [4, -2, -2],
                        [1, -1, 0], [5, 5, 5], [-1, 3, 3], [2, 2, -0.5], [1, 1, 1]]
    stack = np.array([with_eigenvalues(np.array(e, dtype=float), seed=i)
                      for i, e in enumerate(eigenvalue_lists)])
    expect(sub.saddle_fraction(stack), 0.5, "saddle_fraction(10 Hessians, 5 of them saddles)")


@pytest.mark.parametrize("seed, k, n", [(1, 200, 2), (2, 150, 3), (3, 50, 4), (4, 7, 2)])
def test_saddle_fraction_random(seed, k, n):
    """fraction = (number of "saddle") / k, using your classify_critical_point on each Hessian."""
    stack = random_stack(seed, k, n)
    expected = reference().saddle_fraction(stack.copy())
    expect(sub.saddle_fraction(stack), expected, f"saddle_fraction({k} random {n}x{n} Hessians)")


def test_saddle_fraction_one_dimension():
    """In one dimension a critical point is a minimum or a maximum, never a saddle."""
    expect(sub.saddle_fraction(random_stack(5, 30, 1)), 0.0, "saddle_fraction(30 random 1x1)")


def test_saddle_fraction_high_dimension():
    """In 10 dimensions random Hessians are essentially always saddles."""
    fraction = sub.saddle_fraction(random_stack(6, 40, 10))
    expect(fraction, 1.0, "saddle_fraction(40 random 10x10 Hessians)")
