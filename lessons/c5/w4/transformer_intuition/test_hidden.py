"""Hidden tests: fresh sizes and seeds, compared with the reference and with properties."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def random_dictionary(seed, n, d_k, d_v):
    rng = np.random.default_rng(seed)
    return rng.normal(size=d_k), rng.normal(size=(n, d_k)), rng.normal(size=(n, d_v))


@pytest.mark.parametrize("seed, n, d_k", [(1, 5, 3), (2, 2, 7), (3, 6, 6)])
def test_similarity_scores_random(seed, n, d_k):
    """One dot product per key: keys is (n, d_k), one key per ROW, so the result has n entries."""
    query, keys, _ = random_dictionary(seed, n, d_k, 2)
    expected = reference().similarity_scores(query.copy(), keys.copy())
    expect(sub.similarity_scores(query, keys), expected, "similarity_scores(query, keys)")


def test_similarity_scores_is_linear():
    """Doubling the query doubles every score (a dot product, not a distance)."""
    query, keys, _ = random_dictionary(4, 4, 3, 1)
    expect(sub.similarity_scores(2 * query, keys), 2 * (keys @ query), "scores of 2 * query")


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_softmax_weights_random(seed):
    """exp of each score divided by the sum of all the exps."""
    scores = np.random.default_rng(seed).normal(0, 3, size=seed)
    expected = reference().softmax_weights(scores.copy())
    expect(sub.softmax_weights(scores), expected, "softmax_weights(scores)")


def test_softmax_weights_huge_scores():
    """exp(1000) overflows: subtract the largest score first (it changes nothing else)."""
    expect(sub.softmax_weights(np.array([1000.0, 999.0, 0.0])),
           np.array([0.73105858, 0.26894142, 0.0]), "softmax_weights([1000, 999, 0])")


def test_softmax_weights_shift_invariant():
    """Adding the same number to every score leaves the weights unchanged, and they sum to 1."""
    scores = np.array([0.5, -1.0, 2.0, 0.0])
    weights = sub.softmax_weights(scores + 10.0)
    expect(weights, reference().softmax_weights(scores), "softmax_weights(scores + 10)")
    expect(float(np.sum(weights)), 1.0, "sum of the weights")


@pytest.mark.parametrize("seed, n, d_k, d_v", [(8, 5, 3, 2), (9, 3, 4, 6), (10, 7, 2, 1)])
def test_soft_lookup_random(seed, n, d_k, d_v):
    """weights = softmax(scores); output = sum of weights[j] * values[j] (shape (d_v,))."""
    query, keys, values = random_dictionary(seed, n, d_k, d_v)
    expected = reference().soft_lookup(query.copy(), keys.copy(), values.copy())
    expect(sub.soft_lookup(query, keys, values), expected, "(output, weights)")


def test_soft_lookup_sharp_query_is_a_hard_lookup():
    """When one key matches far better than the others, the output is (almost) its value."""
    keys = np.eye(3)
    values = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    output, _ = sub.soft_lookup(np.array([0.0, 50.0, 0.0]), keys, values)
    expect(output, np.array([3.0, 4.0]), "output for a query that matches key 1 only", atol=1e-6)


def test_soft_lookup_equal_scores_give_the_mean():
    """A query orthogonal to every key scores 0 everywhere: the output is the mean value."""
    keys = np.array([[1.0, 0.0], [2.0, 0.0], [-1.0, 0.0]])
    values = np.array([[3.0], [6.0], [0.0]])
    output, weights = sub.soft_lookup(np.array([0.0, 1.0]), keys, values)
    expect((output, weights), (np.array([3.0]), np.full(3, 1 / 3)), "(output, weights)")
