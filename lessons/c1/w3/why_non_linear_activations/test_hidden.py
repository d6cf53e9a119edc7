"""Hidden tests: stacks of other sizes and depths; the collapsed layer must reproduce the stack."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect


def random_stack(seed, dims):
    rng = np.random.default_rng(seed)
    return [(rng.normal(size=(dims[l], dims[l - 1])), rng.normal(size=(dims[l], 1)))
            for l in range(1, len(dims))]


def run(X, layers):
    A = X
    for W, b in layers:
        A = W @ A + b
    return A


@pytest.mark.parametrize("seed, dims", [(1, [3, 5, 2]), (2, [4, 2, 6]), (3, [2, 7, 1])])
def test_collapse_two_linear_layers_random(seed, dims):
    """W = W2 W1 (second layer on the left) and b = W2 b1 + b2: the first bias passes through W2."""
    (W1, b1), (W2, b2) = random_stack(seed, dims)
    W, b = sub.collapse_two_linear_layers(W1, b1, W2, b2)
    expect(W, W2 @ W1, "W")
    expect(b, W2 @ b1 + b2, "b")


def test_collapse_two_linear_layers_same_outputs():
    """On any batch X, W X + b must equal the two layers applied one after the other."""
    (W1, b1), (W2, b2) = random_stack(9, [5, 3, 4])
    X = np.random.default_rng(10).normal(size=(5, 8))
    W, b = sub.collapse_two_linear_layers(W1, b1, W2, b2)
    expect(np.dot(W, X) + b, run(X, [(W1, b1), (W2, b2)]), "W X + b")


@pytest.mark.parametrize("seed, dims", [(4, [3, 5, 2, 4]), (5, [6, 2, 3, 1, 2, 5]), (6, [2, 4])])
def test_collapse_linear_network_random(seed, dims):
    """Fold the layers in forward order: every layer counts, the last one included, and each
    later layer transforms the biases collected so far."""
    layers = random_stack(seed, dims)
    X = np.random.default_rng(seed + 100).normal(size=(dims[0], 7))
    W, b = sub.collapse_linear_network(layers)
    expect(W.shape, (dims[-1], dims[0]), "W.shape")
    expect(np.dot(W, X) + b, run(X, layers), "W X + b")


def test_collapse_linear_network_one_layer():
    """A stack of one layer is already a single layer: return it unchanged."""
    layers = random_stack(12, [4, 3])
    W, b = sub.collapse_linear_network(layers)
    expect(W, layers[0][0], "W")
    expect(b, layers[0][1], "b")
