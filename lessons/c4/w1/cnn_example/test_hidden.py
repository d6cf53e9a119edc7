"""Hidden tests: other layers, the Keras models of the week's application, random networks."""

import copy

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def conv(f, n_C, stride=1, pad=0, name="CONV"):
    return {"name": name, "type": "conv", "f": f, "stride": stride, "pad": pad, "n_C": n_C}


def pool(f, stride, name="POOL"):
    return {"name": name, "type": "pool", "f": f, "stride": stride}


def fc(units, name="FC"):
    return {"name": name, "type": "fc", "units": units}


@pytest.mark.parametrize("input_shape, f, n_C", [((70, 70, 3), 7, 32), ((64, 64, 3), 4, 8),
                                                 ((8, 8, 8), 2, 16), ((30, 20, 5), 3, 7)])
def test_layer_parameters_conv_formula(input_shape, f, n_C):
    """A conv layer has n_C filters of f * f * n_C_prev weights, plus one bias per filter; the
    input's height and width do not matter."""
    expect(sub.layer_parameters(input_shape, conv(f, n_C)), (f * f * input_shape[2] + 1) * n_C,
           f"parameters of a conv layer with {n_C} {f}x{f} filters on {input_shape}")


@pytest.mark.parametrize("input_shape, units", [((32, 32, 32), 1), ((2, 2, 16), 6), ((120,), 84), ((7, 3, 5), 9)])
def test_layer_parameters_fc_formula(input_shape, units):
    """An FC layer connects EVERY number of its flattened input (n_H * n_W * n_C of them) to every
    unit, and each unit has one bias."""
    n_prev = int(np.prod(input_shape))
    expect(sub.layer_parameters(input_shape, fc(units)), (n_prev + 1) * units,
           f"parameters of an FC layer with {units} units on {input_shape}")


@pytest.mark.parametrize("input_shape, f, stride", [((28, 28, 8), 2, 2), ((9, 13, 32), 3, 1)])
def test_layer_parameters_pool_has_none(input_shape, f, stride):
    """A pooling layer has hyperparameters but nothing to learn: 0 parameters."""
    expect(sub.layer_parameters(input_shape, pool(f, stride)), 0, "parameters of a pooling layer")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_network_summary_random(seed):
    """One row for the input (0 parameters), then one row per layer. A layer's parameters depend on
    its INPUT shape (the previous row's shape); size is the product of the output shape."""
    rng = np.random.default_rng(seed)
    n_H, n_W = int(rng.integers(40, 80)), int(rng.integers(30, 70))
    layers = [conv(int(rng.integers(3, 6)), int(rng.integers(4, 12)), name="CONV1"), pool(2, 2, "POOL1"),
              conv(3, int(rng.integers(12, 33)), pad=1, name="CONV2"), pool(2, 2, "POOL2"),
              fc(int(rng.integers(50, 150)), "FC3"), fc(int(rng.integers(2, 11)), "SOFTMAX")]
    expected = reference().network_summary((n_H, n_W, 3), copy.deepcopy(layers))
    expect(sub.network_summary((n_H, n_W, 3), layers), expected, f"network_summary(({n_H}, {n_W}, 3), layers)")


def test_network_summary_keras_model():
    """A 64x64x3 image, a conv layer of 32 7x7 filters with pad 3, a 2x2 max pool and one sigmoid
    unit: 4,736 + 0 + 32,769 parameters. The FC unit sees all 32 * 32 * 32 pooled values."""
    layers = [conv(7, 32, pad=3, name="CONV0"), pool(2, 2, "MAX_POOL"), fc(1, "FC")]
    rows = sub.network_summary((64, 64, 3), layers)
    expect([row["params"] for row in rows], [0, 4736, 0, 32769], "the params column")
    expect([row["shape"] for row in rows], [(64, 64, 3), (64, 64, 32), (32, 32, 32), (1,)], "the shape column")
    expect(rows[0], {"name": "INPUT", "shape": (64, 64, 3), "size": 12288, "params": 0}, "the INPUT row")


def test_network_summary_sizes_are_products():
    """size is the NUMBER of values in the activation: n_H * n_W * n_C (all three)."""
    rows = sub.network_summary((20, 12, 6), [conv(3, 5, name="C"), pool(2, 2, "P"), fc(7, "F")])
    expect([row["size"] for row in rows], [20 * 12 * 6, 18 * 10 * 5, 9 * 5 * 5, 7], "the size column")
