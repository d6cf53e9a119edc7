"""Hidden tests: other sizes and seeds, compared with independent formulas."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def sig(z):
    return 1 / (1 + np.exp(-z))


@pytest.mark.parametrize("seed, n", [(1, 3), (2, 5), (3, 1)])
def test_logistic_unit_random(seed, n):
    """a = sigmoid(w^T x + b): a single number in a (1, 1) array, with the bias inside."""
    rng = np.random.default_rng(seed)
    x, w, b = rng.normal(size=(n, 1)), rng.normal(size=(n, 1)), float(rng.normal())
    expected = np.array([[sig(sum(w[i, 0] * x[i, 0] for i in range(n)) + b)]])
    expect(sub.logistic_unit(x, w, b), expected, "logistic_unit(x, w, b)")


def test_logistic_unit_is_a_probability():
    """A zero weighted sum gives exactly 0.5; large sums squash towards 0 or 1."""
    x = np.array([[3.0], [1.0]])
    expect(sub.logistic_unit(x, np.array([[1.0], [-3.0]]), 0.0), np.array([[0.5]]),
           "logistic_unit(x, [1, -3], 0)")
    a = sub.logistic_unit(x, np.array([[5.0], [5.0]]), -1.0)
    assert 0.99 < float(np.asarray(a).ravel()[0]) < 1.0, "a large z should give an output close to 1"


@pytest.mark.parametrize("seed, n_x, n_h", [(4, 2, 3), (5, 4, 2), (6, 3, 5)])
def test_two_layer_by_units_random(seed, n_x, n_h):
    """Stack the n_h hidden outputs into a COLUMN a1 (n_h, 1), then apply the output unit to a1."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n_x, 1))
    hidden = [(rng.normal(size=(n_x, 1)), float(rng.normal())) for _ in range(n_h)]
    w2, b2 = rng.normal(size=(n_h, 1)), float(rng.normal())
    a1 = [sig((w.T @ x)[0, 0] + b) for w, b in hidden]
    expected = np.array([[sig(sum(w2[j, 0] * a1[j] for j in range(n_h)) + b2)]])
    expect(sub.two_layer_by_units(x, hidden, (w2, b2)), expected,
           "two_layer_by_units(x, hidden_units, output_unit)")


def test_two_layer_by_units_uses_every_hidden_unit():
    """Every hidden unit feeds the output: changing the FIRST one must change the result."""
    rng = np.random.default_rng(9)
    x = rng.normal(size=(3, 1))
    hidden = [(rng.normal(size=(3, 1)), 0.1) for _ in range(4)]
    out = (rng.normal(size=(4, 1)), -0.2)
    changed = [(hidden[0][0] + 1.0, 0.1)] + hidden[1:]
    expect(sub.two_layer_by_units(x, changed, out), reference().two_layer_by_units(x, changed, out),
           "two_layer_by_units(x, changed_units, output_unit)")
    expect(sub.two_layer_by_units(x, hidden, out), reference().two_layer_by_units(x, hidden, out),
           "two_layer_by_units(x, hidden_units, output_unit)")
