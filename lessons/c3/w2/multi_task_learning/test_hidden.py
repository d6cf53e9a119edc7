"""Hidden tests: label matrices of several shapes with missing entries marked -1 and NaN, an
independent formula, and a finite-difference check of the gradient."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def problem(n_tasks, m, seed, missing=0.3):
    """Sigmoid outputs A, and labels Y with about `missing` of them unknown (half -1, half NaN)."""
    rng = np.random.default_rng(seed)
    Z = rng.normal(0, 2, size=(n_tasks, m))
    Y = (rng.random((n_tasks, m)) < 0.4).astype(float)
    gone = rng.random((n_tasks, m)) < missing
    Y[gone] = np.where(rng.random(int(gone.sum())) < 0.5, -1.0, np.nan)
    return Z, 1 / (1 + np.exp(-Z)), Y


def by_hand(A, Y):
    """The cost written out with loops, one term per known label."""
    total = 0.0
    for j in range(Y.shape[0]):
        for i in range(Y.shape[1]):
            if Y[j, i] == 1:
                total -= np.log(A[j, i])
            elif Y[j, i] == 0:
                total -= np.log(1 - A[j, i])
    return total / Y.shape[1]


SHAPES = [(4, 7, 1), (4, 30, 2), (3, 5, 3), (6, 2, 4)]


@pytest.mark.parametrize("n_tasks, m, seed", SHAPES)
def test_label_mask_matches_reference(n_tasks, m, seed):
    """True exactly where Y is 0 or 1: a missing label may be -1 or NaN, and a 0 is a real
    label ("no stop sign here"), not a missing one."""
    _, _, Y = problem(n_tasks, m, seed)
    expected = reference().label_mask(Y.copy())
    expect(sub.label_mask(Y), expected, f"label_mask(Y {Y.shape})")


def test_label_mask_both_markers():
    """Both markers mean missing: -1 and NaN. Comparisons with NaN are always False, so test
    for the labels you want (0 or 1) rather than for the markers."""
    Y = np.array([[-1.0, np.nan, 0.0, 1.0], [np.nan, 1.0, -1.0, 0.0]])
    expect(sub.label_mask(Y), np.array([[False, False, True, True], [False, True, False, True]]),
           "label_mask(Y)")


def test_label_mask_is_boolean():
    """The mask is a boolean array with the shape of Y."""
    mask = np.asarray(sub.label_mask(np.array([[1.0, 0.0, -1.0]])))
    assert mask.dtype == bool, f"mask has dtype {mask.dtype}, expected bool"
    expect(mask.shape, (1, 3), "mask.shape")


@pytest.mark.parametrize("n_tasks, m, seed", SHAPES)
def test_multitask_cost_matches_reference(n_tasks, m, seed):
    """J = -(1/m) * the sum, over every KNOWN label, of y log(a) + (1 - y) log(1 - a): summed
    over tasks, divided by the number of examples m."""
    _, A, Y = problem(n_tasks, m, seed)
    expected = reference().multitask_cost(A.copy(), Y.copy())
    expect(sub.multitask_cost(A, Y), expected, f"multitask_cost(A {A.shape}, Y {Y.shape})")


@pytest.mark.parametrize("n_tasks, m, seed", [(4, 9, 5), (2, 13, 6)])
def test_multitask_cost_by_hand(n_tasks, m, seed):
    """Compared with a double loop over tasks and examples that adds -log(a) for y = 1 and
    -log(1 - a) for y = 0, skips the rest, and divides by m."""
    _, A, Y = problem(n_tasks, m, seed)
    expected = by_hand(A, Y)
    expect(sub.multitask_cost(A, Y), expected, "multitask_cost(A, Y)")


def test_multitask_cost_all_labelled():
    """With no label missing, the cost is the logistic cost summed over the tasks, averaged
    over the examples: divide by m, not by n_tasks * m."""
    _, A, Y = problem(4, 8, 7, missing=0.0)
    expected = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / 8
    expect(sub.multitask_cost(A, Y), expected, "multitask_cost(A, Y) with every label known")


def test_multitask_cost_ignores_missing_outputs():
    """Whatever the network says where the label is missing must not change the cost."""
    _, A, Y = problem(4, 10, 8, missing=0.4)
    A2 = np.where((Y == 0) | (Y == 1), A, 1 - A)
    expect(sub.multitask_cost(A2, Y), sub.multitask_cost(A, Y),
           "the cost after changing the outputs at missing labels")


def test_multitask_cost_still_divides_by_m():
    """An image with no known label adds nothing to the sum but is still one of the m examples:
    the 1/m stays 1/m (do not divide by the number of known labels)."""
    A = np.array([[0.5, 0.7], [0.5, 0.2]])
    Y = np.array([[1.0, np.nan], [0.0, -1.0]])
    expect(sub.multitask_cost(A, Y), 2 * np.log(2) / 2, "multitask_cost(A, Y)")


def test_multitask_cost_is_a_float():
    """The cost is one plain Python float, and finite even with NaN labels around."""
    _, A, Y = problem(4, 6, 9)
    cost = sub.multitask_cost(A, Y)
    assert type(cost) is float, f"the cost is a {type(cost).__name__}, expected float"
    assert np.isfinite(cost), "the cost is not finite: NaN labels must not reach the sum"


def test_multitask_cost_leaves_inputs_alone():
    """A and Y are not changed (no Y[Y == -1] = 0 on the caller's labels)."""
    _, A, Y = problem(4, 6, 10)
    A_before, Y_before = A.copy(), Y.copy()
    sub.multitask_cost(A, Y)
    expect(A, A_before, "A after the call")
    assert np.array_equal(Y, Y_before, equal_nan=True), "Y was changed by the call"


@pytest.mark.parametrize("n_tasks, m, seed", SHAPES)
def test_multitask_dZ_matches_reference(n_tasks, m, seed):
    """dZ = (A - Y) / m where the label is known, and exactly 0 where it is missing."""
    _, A, Y = problem(n_tasks, m, seed)
    expected = reference().multitask_dZ(A.copy(), Y.copy())
    expect(sub.multitask_dZ(A, Y), expected, f"multitask_dZ(A {A.shape}, Y {Y.shape})")


def test_multitask_dZ_finite_differences():
    """dZ is the slope of the cost: nudging Z[j, i] by eps changes the cost by about
    dZ[j, i] * eps. Check the sign (A - Y, not Y - A) and the 1/m."""
    Z, A, Y = problem(3, 5, 11)
    dZ = np.asarray(sub.multitask_dZ(A, Y))
    numeric = np.zeros_like(Z)
    eps = 1e-6
    for j in range(Z.shape[0]):
        for i in range(Z.shape[1]):
            Zp, Zm = Z.copy(), Z.copy()
            Zp[j, i] += eps
            Zm[j, i] -= eps
            numeric[j, i] = (by_hand(1 / (1 + np.exp(-Zp)), Y)
                             - by_hand(1 / (1 + np.exp(-Zm)), Y)) / (2 * eps)
    expect(dZ, numeric, "multitask_dZ(A, Y) against finite differences", rtol=1e-4, atol=1e-7)


def test_multitask_dZ_zero_where_missing():
    """No gradient flows from a missing label, and no NaN leaks out of it."""
    _, A, Y = problem(4, 12, 12, missing=0.5)
    dZ = np.asarray(sub.multitask_dZ(A, Y))
    assert not np.isnan(dZ).any(), "dZ contains NaN: a NaN label reached the arithmetic"
    expect(dZ[~((Y == 0) | (Y == 1))], np.zeros(int((~((Y == 0) | (Y == 1))).sum())),
           "dZ at the missing labels")
