"""Hidden tests: random costs and weights, compared with the formula."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_total_cost_random(seed):
    """alpha multiplies the CONTENT cost, beta the STYLE cost, and the two products are added."""
    rng = np.random.default_rng(seed)
    jc, js, a, b = rng.uniform(0.1, 5, size=4)
    expect(sub.total_cost(jc, js, a, b), a * jc + b * js, "total_cost(J_content, J_style, alpha, beta)")


def test_total_cost_defaults_and_limits():
    """Defaults are alpha = 10, beta = 40; with beta = 0 only content counts, with alpha = 0 only style."""
    expect(sub.total_cost(1.0, 1.0), 50.0, "total_cost(1, 1) with the default weights")
    expect(sub.total_cost(3.0, 7.0, 2.0, 0.0), 6.0, "total_cost(3, 7, 2, 0)")
    expect(sub.total_cost(3.0, 7.0, 0.0, 2.0), 14.0, "total_cost(3, 7, 0, 2)")


def test_total_cost_on_arrays():
    """The formula works element by element, so it also accepts numpy arrays of costs."""
    jc, js = np.array([1.0, 2.0, 0.5]), np.array([0.2, 0.0, 3.0])
    expect(sub.total_cost(jc, js, 5, 20), 5 * jc + 20 * js, "total_cost on arrays")


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_cost_shares_random(seed):
    """Each share is its WEIGHTED term divided by the total cost; content share first."""
    rng = np.random.default_rng(seed)
    jc, js, a, b = rng.uniform(0.1, 5, size=4)
    expect(sub.cost_shares(jc, js, a, b), reference().cost_shares(jc, js, a, b),
           "cost_shares(J_content, J_style, alpha, beta)")


def test_cost_shares_sum_to_one():
    """The two shares always add up to 1, whatever the weights."""
    c, s = sub.cost_shares(0.7, 0.02, alpha=1, beta=1000)
    expect(c + s, 1.0, "content_share + style_share")
    expect(s, 20 / 20.7, "style_share for (0.7, 0.02, 1, 1000)")
