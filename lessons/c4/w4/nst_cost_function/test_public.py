"""Public tests: the worked example of the explanation."""

import submission as sub
from engine.testkit import expect


def test_total_cost_example():
    expect(sub.total_cost(2.5, 0.3, alpha=10, beta=40), 37.0, "total_cost(2.5, 0.3, 10, 40)")


def test_cost_shares_example():
    expect(sub.cost_shares(2.5, 0.3, alpha=10, beta=40), (0.6756756756756757, 0.32432432432432434),
           "cost_shares(2.5, 0.3, 10, 40)")
