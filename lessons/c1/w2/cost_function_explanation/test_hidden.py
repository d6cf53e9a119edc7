"""Hidden tests: fresh sizes and seeds, compared with the reference and with properties."""

import math

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def _batch(seed, m):
    rng = np.random.default_rng(seed)
    A = rng.uniform(0.02, 0.98, size=(1, m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    return A, Y


@pytest.mark.parametrize("seed, m", [(1, 6), (8, 13), (21, 1)])
def test_likelihood_random(seed, m):
    """p(y|x) = a^y (1 - a)^(1 - y): a where the label is 1, 1 - a where it is 0, one value per example."""
    A, Y = _batch(seed, m)
    expect(sub.likelihood(A, Y), reference().likelihood(A, Y), "likelihood(A, Y)")


def test_likelihood_follows_the_label():
    """Same predictions, opposite labels: the two likelihoods must add up to 1 for every example."""
    A, Y = _batch(34, 9)
    expect(sub.likelihood(A, Y) + sub.likelihood(A, 1 - Y), np.ones((1, 9)),
           "likelihood(A, Y) + likelihood(A, 1 - Y)")


def test_likelihood_is_a_probability():
    """A likelihood is a probability, between 0 and 1: no logs yet, that comes in the cost."""
    A, Y = _batch(47, 7)
    P = sub.likelihood(A, Y)
    assert isinstance(P, np.ndarray) and P.shape == (1, 7), "P should be a (1, m) numpy array"
    assert np.all((P >= 0) & (P <= 1)), "every likelihood should lie between 0 and 1"


@pytest.mark.parametrize("seed, m", [(2, 5), (13, 40), (29, 1)])
def test_cost_from_likelihood_random(seed, m):
    """J = -(1/m) * sum of log p(y|x): the MEAN of the logs, with a minus sign in front."""
    A, Y = _batch(seed, m)
    expected = -sum(math.log(a if y == 1 else 1 - a) for a, y in zip(A[0], Y[0], strict=True)) / m
    expect(sub.cost_from_likelihood(A, Y), expected, "cost_from_likelihood(A, Y)")


def test_cost_from_likelihood_size_free():
    """The cost is an AVERAGE: the data set repeated three times has the same cost."""
    A, Y = _batch(52, 6)
    expect(sub.cost_from_likelihood(np.tile(A, 3), np.tile(Y, 3)),
           reference().cost_from_likelihood(A, Y), "cost_from_likelihood on the data tripled")


def test_cost_from_likelihood_is_positive():
    """A log of a probability is at most 0, so the NEGATIVE log-likelihood is at least 0."""
    A, Y = _batch(60, 10)
    cost = sub.cost_from_likelihood(A, Y)
    assert isinstance(cost, (int, float, np.number)), "the cost should be a single number"
    assert cost > 0, f"the cost should be positive, got {cost}"


def test_cost_from_likelihood_extreme_predictions():
    """Predictions of exactly 0 or 1 must give a finite cost: clip A into [epsilon, 1 - epsilon] before any log."""
    A = np.array([[1.0, 0.0, 0.0, 0.7, 1.0]])
    Y = np.array([[1.0, 0.0, 1.0, 1.0, 0.0]])
    expect(sub.cost_from_likelihood(A, Y), reference().cost_from_likelihood(A, Y),
           "cost_from_likelihood(A, Y)")
    expect(sub.cost_from_likelihood(A, Y, epsilon=1e-6),
           reference().cost_from_likelihood(A, Y, epsilon=1e-6),
           "cost_from_likelihood(A, Y, epsilon=1e-6)")


def test_cost_from_likelihood_log_then_mean():
    """Take the log of EACH example's likelihood, then average: the log of the average is different."""
    A = np.array([[0.9, 0.5, 0.05]])
    Y = np.array([[1.0, 1.0, 1.0]])
    expect(sub.cost_from_likelihood(A, Y),
           -(math.log(0.9) + math.log(0.5) + math.log(0.05)) / 3, "cost_from_likelihood(A, Y)")
