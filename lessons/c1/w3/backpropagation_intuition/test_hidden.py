"""Hidden tests: other sizes and seeds; gradients checked against finite differences."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

EPS = 1e-6


def cost(params, X, Y):
    A1 = np.tanh(params["W1"] @ X + params["b1"])
    A2 = 1 / (1 + np.exp(-(params["W2"] @ A1 + params["b2"])))
    return float(-np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)))


def numerical_grads(params, X, Y):
    grads = {}
    for name, value in params.items():
        g = np.zeros_like(value)
        for idx in np.ndindex(value.shape):
            plus = {k: v.copy() for k, v in params.items()}
            minus = {k: v.copy() for k, v in params.items()}
            plus[name][idx] += EPS
            minus[name][idx] -= EPS
            g[idx] = (cost(plus, X, Y) - cost(minus, X, Y)) / (2 * EPS)
        grads["d" + name] = g
    return grads


def random_case(seed, n_x, n_h, m):
    rng = np.random.default_rng(seed)
    params = {"W1": rng.normal(size=(n_h, n_x)), "b1": rng.normal(size=(n_h, 1)),
              "W2": rng.normal(size=(1, n_h)), "b2": rng.normal(size=(1, 1))}
    X = rng.normal(size=(n_x, m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    return params, X, Y


def cache_of(params, X):
    return reference().forward_pass(X, params)[1]


@pytest.mark.parametrize("seed, n_x, n_h", [(1, 2, 4), (2, 5, 3), (3, 3, 6)])
def test_backward_one_example_matches_finite_differences(seed, n_x, n_h):
    """Chain rule for one example: dz2 = a2 - y, dz1 = W2^T dz2 * (1 - a1^2) (tanh' = 1 - a1
    SQUARED), dW1 = dz1 x^T with shape (n_h, n_x)."""
    params, x, y = random_case(seed, n_x, n_h, 1)
    grads = sub.backward_one_example(params, cache_of(params, x), x, y)
    expect(grads, numerical_grads(params, x, y), "grads", rtol=1e-4, atol=1e-7)


def test_backward_one_example_matches_reference():
    """Each gradient has exactly the shape of its parameter: dW1 (n_h, n_x), db1 (n_h, 1), ..."""
    params, x, y = random_case(4, 4, 7, 1)
    cache = cache_of(params, x)
    expect(sub.backward_one_example(params, cache, x, y),
           reference().backward_one_example(params, cache, x, y), "grads")


@pytest.mark.parametrize("seed, n_x, n_h, m", [(5, 2, 4, 6), (6, 4, 3, 9), (7, 3, 5, 1)])
def test_backward_vectorized_matches_finite_differences(seed, n_x, n_h, m):
    """The cost is the MEAN loss: divide by m; db1 and db2 sum over the examples (axis=1)
    with keepdims=True, giving columns."""
    params, X, Y = random_case(seed, n_x, n_h, m)
    grads = sub.backward_vectorized(params, cache_of(params, X), X, Y)
    expect(grads, numerical_grads(params, X, Y), "grads", rtol=1e-4, atol=1e-7)


def test_backward_vectorized_is_the_average_of_examples():
    """The vectorized gradients are the average of the m one-example gradients."""
    params, X, Y = random_case(8, 3, 4, 5)
    per_example = [reference().backward_one_example(params, cache_of(params, X[:, [i]]),
                                                    X[:, [i]], Y[:, [i]]) for i in range(5)]
    average = {k: sum(g[k] for g in per_example) / 5 for k in per_example[0]}
    expect(sub.backward_vectorized(params, cache_of(params, X), X, Y), average, "grads")
