"""Hidden tests: other sizes, non-square outputs, and the link between the three functions."""

import pytest

import submission as sub
from engine.testkit import expect

CASES = [(7, 5, 3, 4, 9), (10, 3, 5, 2, 16), (14, 14, 3, 32, 64), (1, 6, 1, 7, 3)]


@pytest.mark.parametrize("n_H, n_W, f, n_C, n_C_new", CASES)
def test_conv_cost_sizes(n_H, n_W, f, n_C, n_C_new):
    """Every one of the n_H * n_W * n_C_new outputs costs f * f * n_C multiplies (the filter spans ALL input channels)."""
    expected = n_H * n_W * n_C_new * f * f * n_C
    expect(sub.conv_cost(n_H, n_W, f, n_C, n_C_new), expected, "conv_cost(...)")


@pytest.mark.parametrize("n_H, n_W, f, n_C, n_C_new", CASES)
def test_separable_cost_sizes(n_H, n_W, f, n_C, n_C_new):
    """Depthwise: n_H*n_W*n_C outputs at f*f each. Pointwise: n_H*n_W*n_C_new outputs at n_C each."""
    dw = n_H * n_W * n_C * f * f
    pw = n_H * n_W * n_C_new * n_C
    expect(sub.separable_cost(n_H, n_W, f, n_C, n_C_new), (dw, pw, dw + pw), "separable_cost(...)")


def test_separable_cost_total_is_the_sum():
    """The third value is depthwise + pointwise."""
    dw, pw, total = sub.separable_cost(9, 4, 3, 6, 11)
    assert total == dw + pw, "total should equal depthwise + pointwise"


def test_separable_cost_one_by_one_filter():
    """With f = 1 the depthwise step is one multiply per input value: n_H * n_W * n_C."""
    dw, _, _ = sub.separable_cost(5, 8, 1, 3, 4)
    expect(dw, 5 * 8 * 3, "depthwise cost with f = 1")


@pytest.mark.parametrize("f, n_C_new", [(3, 32), (5, 7), (7, 128), (2, 3)])
def test_cost_ratio_values(f, n_C_new):
    """ratio = 1 / n_C_new + 1 / f**2: the pointwise share plus the depthwise share."""
    expect(sub.cost_ratio(f, n_C_new), 1 / n_C_new + 1 / f ** 2, "cost_ratio(f, n_C_new)")


@pytest.mark.parametrize("n_H, n_W, f, n_C, n_C_new", CASES)
def test_cost_ratio_matches_the_counts(n_H, n_W, f, n_C, n_C_new):
    """The ratio must equal separable total / normal cost for any layer: the sizes n_H, n_W, n_C cancel."""
    expected = (n_H * n_W * n_C * (f * f + n_C_new)) / (n_H * n_W * n_C_new * f * f * n_C)
    expect(sub.cost_ratio(f, n_C_new), expected, "cost_ratio(f, n_C_new)")
