"""Hidden tests: other layer lists, independent formulas, and a simulated network."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

LAYER_LISTS = [[12, 5, 7, 3, 1], [2, 30, 1], [100, 64, 32, 16, 8, 4], [5, 3]]


@pytest.mark.parametrize("dims", LAYER_LISTS)
def test_init_scales_he_uses_fan_in(dims):
    """He: sqrt(2 / n[l-1]), the number of INPUTS of the layer, one scale per layer 1..L."""
    expected = [float(np.sqrt(2 / dims[l - 1])) for l in range(1, len(dims))]
    expect(sub.init_scales(list(dims), "relu"), expected, f"init_scales({dims}, 'relu')")


@pytest.mark.parametrize("dims", LAYER_LISTS)
def test_init_scales_xavier_uses_fan_in(dims):
    """Xavier (tanh): sqrt(1 / n[l-1]); He's 2 is for ReLU only."""
    expect(sub.init_scales(list(dims), "tanh"), reference().init_scales(list(dims), "tanh"),
           f"init_scales({dims}, 'tanh')")


def test_init_scales_is_a_standard_deviation():
    """The scale multiplies randn, so it is a standard deviation: its square is 2 / n[l-1]."""
    scales = sub.init_scales([50, 8, 2], "relu")
    expect([s ** 2 for s in scales], [2 / 50, 2 / 8], "squared scales")


@pytest.mark.parametrize("dims, activation", [([12, 5, 7, 3, 1], "relu"), ([3, 9, 4], "tanh"),
                                              ([20, 20, 20, 20, 20, 20], "relu"),
                                              ([6, 2, 8, 1], "tanh")])
def test_forward_variances_random_scales(dims, activation):
    """Var(z[l]) = n[l-1] * scale^2 * q[l-1], and q carries the previous layer's result forward."""
    scales = list(np.random.default_rng(len(dims)).uniform(0.05, 1.5, size=len(dims) - 1))
    expected = reference().forward_variances(list(dims), list(scales), activation)
    expect(sub.forward_variances(list(dims), scales, activation), expected,
           f"forward_variances({dims}, scales, {activation!r})")


@pytest.mark.parametrize("dims", LAYER_LISTS)
def test_forward_variances_he_is_flat(dims):
    """With He scales and ReLU every layer gets Var(z) = 2: the factor 1/2 of the ReLU cancels the 2."""
    scales = [np.sqrt(2 / dims[l - 1]) for l in range(1, len(dims))]
    expect(sub.forward_variances(list(dims), scales, "relu"), [2.0] * (len(dims) - 1),
           f"forward_variances({dims}, He scales, 'relu')")


def test_forward_variances_geometric_growth():
    """Constant width n and scale s: each ReLU layer multiplies the variance by n s^2 / 2."""
    dims, s = [10] * 8, 0.6
    expected = [10 * s ** 2 * (10 * s ** 2 / 2) ** (l - 1) for l in range(1, 8)]
    expect(sub.forward_variances(dims, [s] * 7, "relu"), expected, "forward_variances(width 10)")


@pytest.mark.parametrize("activation", ["relu", "tanh"])
def test_forward_variances_matches_a_simulated_network(activation):
    """The prediction must agree with a real forward pass through randomly initialized layers."""
    rng = np.random.default_rng(5)
    dims = [300, 400, 250, 350]
    scales = [0.09, 0.05, 0.07] if activation == "relu" else [0.004, 0.05, 0.063]
    A, measured = rng.normal(size=(dims[0], 2000)), []
    for l in range(1, len(dims)):
        Z = rng.normal(size=(dims[l], dims[l - 1])) * scales[l - 1] @ A
        measured.append(float(Z.var()))
        A = np.maximum(Z, 0) if activation == "relu" else np.tanh(Z)
    expect(sub.forward_variances(dims, scales, activation), measured,
           f"forward_variances vs simulation ({activation})", rtol=0.1)
