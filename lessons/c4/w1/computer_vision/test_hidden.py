"""Hidden tests: other sizes, exact counts, and how the counts must grow."""

import numbers

import pytest

import submission as sub
from engine.testkit import expect


@pytest.mark.parametrize("n_H, n_W, n_C, n_units", [(5, 7, 2, 4), (3, 4, 1, 6), (8, 2, 3, 1)])
def test_dense_layer_params_small_sizes(n_H, n_W, n_C, n_units):
    """One weight per (input, unit) pair, with n_x = n_H * n_W * n_C inputs, plus one bias per unit."""
    expected = n_H * n_W * n_C * n_units + n_units
    expect(sub.dense_layer_params(n_H, n_W, n_C, n_units), expected,
           f"dense_layer_params({n_H}, {n_W}, {n_C}, {n_units})", rtol=0, atol=0.5)


def test_dense_layer_params_grows_with_channels():
    """Every channel of every pixel is an input: tripling the channels triples the weights."""
    grey = sub.dense_layer_params(10, 10, 1, 5)
    rgb = sub.dense_layer_params(10, 10, 3, 5)
    expect(rgb - grey, 2 * 10 * 10 * 5, "extra parameters for two more channels",
           rtol=0, atol=0.5)


def test_dense_layer_params_biases():
    """A layer of units that each see one input has two parameters per unit: a weight and a bias."""
    expect(sub.dense_layer_params(1, 1, 1, 7), 14, "dense_layer_params(1, 1, 1, 7)",
           rtol=0, atol=0.5)


def test_dense_layer_params_is_a_whole_number():
    """Counting parameters gives a whole number: keep to integer arithmetic (no / division)."""
    assert isinstance(sub.dense_layer_params(4, 6, 3, 2), numbers.Integral), \
        "dense_layer_params should return an integer"


@pytest.mark.parametrize("f, n_C_prev, n_C", [(3, 4, 2), (1, 6, 5), (7, 3, 32), (2, 1, 1)])
def test_conv_layer_params_other_shapes(f, n_C_prev, n_C):
    """Each filter has f * f * n_C_prev weights AND its own bias; there are n_C filters."""
    expected = (f * f * n_C_prev + 1) * n_C
    expect(sub.conv_layer_params(f, n_C_prev, n_C), expected,
           f"conv_layer_params({f}, {n_C_prev}, {n_C})", rtol=0, atol=0.5)


def test_conv_layer_params_one_bias_per_filter():
    """Adding one filter adds f * f * n_C_prev weights and exactly one bias."""
    delta = sub.conv_layer_params(3, 5, 9) - sub.conv_layer_params(3, 5, 8)
    expect(delta, 3 * 3 * 5 + 1, "parameters of one extra filter", rtol=0, atol=0.5)


def test_conv_layer_params_is_a_whole_number():
    """Counting parameters gives a whole number: keep to integer arithmetic (no / division)."""
    assert isinstance(sub.conv_layer_params(3, 3, 4), numbers.Integral), \
        "conv_layer_params should return an integer"
