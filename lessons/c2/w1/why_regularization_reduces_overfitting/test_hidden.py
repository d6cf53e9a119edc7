"""Hidden tests: other shapes, seeds and hyperparameters, plus the properties behind the
intuition (pure decay shrinks W geometrically; smaller weights mean a more linear layer)."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

CASES = [((3, 5), 1.0, 20, 0.05, 1), ((6, 2), 0.7, 211, 0.3, 2), ((1, 4), 5.0, 8, 0.01, 3)]


@pytest.mark.parametrize("shape, lambd, m, learning_rate, seed", CASES)
def test_weight_decay_update_random(shape, lambd, m, learning_rate, seed):
    """W_new = (1 - learning_rate * lambd / m) * W - learning_rate * dW."""
    rng = np.random.default_rng(seed)
    W, dW = rng.normal(size=shape), rng.normal(size=shape)
    expected = reference().weight_decay_update(W.copy(), dW.copy(), lambd, m, learning_rate)
    expect(sub.weight_decay_update(W, dW, lambd, m, learning_rate), expected,
           f"weight_decay_update on a {shape} layer")


@pytest.mark.parametrize("shape, lambd, m, learning_rate, seed", CASES)
def test_weight_decay_update_equals_l2_gradient_step(shape, lambd, m, learning_rate, seed):
    """Weight decay is the same step as W - learning_rate * (dW + (lambd / m) W)."""
    rng = np.random.default_rng(seed + 10)
    W, dW = rng.normal(size=shape), rng.normal(size=shape)
    expected = W - learning_rate * (dW + lambd / m * W)
    expect(sub.weight_decay_update(W.copy(), dW, lambd, m, learning_rate), expected,
           "weight_decay_update(W, dW, ...)")


def test_weight_decay_update_pure_decay():
    """With a zero data gradient, the weights only shrink: k steps multiply W by
    (1 - learning_rate * lambd / m) ** k."""
    W = np.random.default_rng(4).normal(size=(4, 3))
    current = W.copy()
    for _ in range(25):
        current = sub.weight_decay_update(current, np.zeros_like(W), 3.0, 50, 0.5)
    expect(current, W * (1 - 0.5 * 3.0 / 50) ** 25, "W after 25 steps of pure decay")


def test_weight_decay_update_no_regularization():
    """With lambd = 0 this is plain gradient descent: W - learning_rate * dW."""
    rng = np.random.default_rng(5)
    W, dW = rng.normal(size=(2, 5)), rng.normal(size=(2, 5))
    expect(sub.weight_decay_update(W.copy(), dW, 0.0, 30, 0.2), W - 0.2 * dW,
           "weight_decay_update(lambd=0)")


def test_weight_decay_update_leaves_inputs_alone():
    """Return a new array: do not update W (or dW) in place with *= or -=."""
    rng = np.random.default_rng(6)
    W, dW = rng.normal(size=(3, 4)), rng.normal(size=(3, 4))
    W_before, dW_before = W.copy(), dW.copy()
    sub.weight_decay_update(W, dW, 1.0, 10, 0.1)
    expect(W, W_before, "W after the call")
    expect(dW, dW_before, "dW after the call")


@pytest.mark.parametrize("shape, scale, tolerance", [((4, 7), 0.5, 0.01), ((9, 3), 1.5, 0.05),
                                                     ((2, 50), 0.2, 0.001)])
def test_linear_regime_fraction_random(shape, scale, tolerance):
    """Count the entries with |tanh(z) - z| <= tolerance, divided by the number of ALL entries."""
    Z = np.random.default_rng(shape[1]).normal(0, scale, size=shape)
    expected = reference().linear_regime_fraction(Z.copy(), tolerance)
    expect(sub.linear_regime_fraction(Z, tolerance), expected,
           f"linear_regime_fraction(Z {shape}, {tolerance})")


def test_linear_regime_fraction_symmetric():
    """tanh is odd, so z and -z are equally linear: use the ABSOLUTE difference."""
    Z = np.array([[0.05, 0.5, 1.0, 3.0]])
    expect(sub.linear_regime_fraction(Z), 0.25, "linear_regime_fraction([[0.05, 0.5, 1, 3]])")
    expect(sub.linear_regime_fraction(-Z), 0.25, "linear_regime_fraction([[-0.05, -0.5, -1, -3]])")


def test_linear_regime_fraction_extremes():
    """All tiny pre-activations: fraction 1. All large ones: fraction 0."""
    expect(sub.linear_regime_fraction(np.full((3, 4), 0.001)), 1.0, "all z = 0.001")
    expect(sub.linear_regime_fraction(np.full((3, 4), 5.0)), 0.0, "all z = 5")


def test_linear_regime_fraction_one_number():
    """One fraction for the whole matrix, not one per example (no axis)."""
    Z = np.array([[0.01, 2.0], [0.02, 0.03], [4.0, 0.04]])
    fraction = sub.linear_regime_fraction(Z)
    assert np.ndim(fraction) == 0, f"expected one number, got shape {np.shape(fraction)}"
    expect(fraction, 4 / 6, "linear_regime_fraction(Z)")


def test_linear_regime_fraction_grows_as_weights_decay():
    """Shrinking the weights shrinks Z = W X, so more units work in tanh's linear part."""
    rng = np.random.default_rng(0)
    W, X = rng.normal(size=(20, 10)), rng.normal(size=(10, 300))
    fractions = [sub.linear_regime_fraction((0.98 ** k) * W @ X) for k in (0, 50, 100, 200)]
    expect(fractions, [reference().linear_regime_fraction((0.98 ** k) * W @ X)
                       for k in (0, 50, 100, 200)], "fractions as the weights decay")
    assert fractions == sorted(fractions), f"fractions {fractions} should increase"
