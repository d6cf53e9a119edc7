"""Hidden tests: other weights, shapes and seeds, compared with independent formulas."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed", [0, 4, 19])
def test_relu_neuron_random_sizes(seed):
    """price = max(0, w * size + b) for every size: the bias goes INSIDE the max."""
    rng = np.random.default_rng(seed)
    sizes = rng.uniform(0, 3000, size=seed + 5)
    w, b = rng.uniform(0.05, 0.3), rng.uniform(-200, 50)
    expected = np.array([max(0.0, w * s + b) for s in sizes])
    expect(sub.relu_neuron(sizes, w, b), expected, "relu_neuron(sizes, w, b)")


def test_relu_neuron_never_negative_and_kink():
    """The neuron outputs exactly 0 left of the kink at size = -b / w and grows linearly right of it."""
    sizes = np.array([[0.0, 100.0, 400.0], [500.0, 800.0, 1200.0]])
    expect(sub.relu_neuron(sizes, 0.2, -100.0),
           np.array([[0.0, 0.0, 0.0], [0.0, 60.0, 140.0]]), "relu_neuron(sizes, 0.2, -100)")


def test_relu_neuron_negative_line_stays_zero():
    """A line that is negative everywhere must be clipped to 0 everywhere, not flipped."""
    sizes = np.linspace(0, 50, 6)
    expect(sub.relu_neuron(sizes, -1.0, -5.0), np.zeros(6), "relu_neuron(sizes, -1, -5)")


@pytest.mark.parametrize("n_x, n_h, m", [(4, 3, 1), (2, 5, 7), (6, 2, 4)])
def test_house_price_network_shapes(n_x, n_h, m):
    """W1 has shape (n_h, n_x): compute W1 x + b1 (no transpose), clip at 0, then W2 h + b2."""
    rng = np.random.default_rng(10 * n_x + n_h)
    x = rng.normal(size=(n_x, m))
    W1, b1 = rng.normal(size=(n_h, n_x)), rng.normal(size=(n_h, 1))
    W2, b2 = rng.normal(size=(1, n_h)), rng.normal(size=(1, 1))
    h = np.maximum(0, W1 @ x + b1)
    expect(sub.house_price_network(x, W1, b1, W2, b2), W2 @ h + b2,
           "house_price_network(x, W1, b1, W2, b2)")


def test_house_price_network_silent_neurons():
    """If every hidden neuron is below zero they all output 0, and the price is just b2."""
    x = np.array([[1.0, 2.0], [3.0, 1.0], [0.5, 0.0]])
    W1 = np.ones((2, 3))
    b1 = np.array([[-100.0], [-50.0]])
    W2 = np.array([[3.0, 4.0]])
    b2 = np.array([[75.0]])
    expect(sub.house_price_network(x, W1, b1, W2, b2), np.array([[75.0, 75.0]]),
           "house_price_network(x, W1, b1, W2, b2)")


def test_house_price_network_matches_reference():
    """A bigger batch of houses: one price per column, shape (1, m)."""
    rng = np.random.default_rng(77)
    x = rng.uniform(0, 10, size=(4, 12))
    W1, b1 = rng.normal(size=(3, 4)), rng.normal(-2, 1, size=(3, 1))
    W2, b2 = rng.uniform(10, 100, size=(1, 3)), rng.uniform(50, 150, size=(1, 1))
    expect(sub.house_price_network(x, W1, b1, W2, b2),
           reference().house_price_network(x, W1, b1, W2, b2), "house_price_network(x, ...)")
