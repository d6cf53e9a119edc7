"""Hidden tests: non-square inputs, padding, strides that do not divide evenly, random stacks."""

import copy

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def conv(f, stride, pad, n_C):
    return {"type": "conv", "f": f, "stride": stride, "pad": pad, "n_C": n_C}


def pool(f, stride):
    return {"type": "pool", "f": f, "stride": stride}


@pytest.mark.parametrize("input_shape, layer, expected", [
    ((32, 24, 3), conv(5, 1, 0, 6), (28, 20, 6)),
    ((30, 20, 4), conv(3, 2, 1, 16), (15, 10, 16)),
    ((64, 48, 3), conv(7, 3, 2, 8), (21, 16, 8)),
    ((11, 9, 5), conv(1, 1, 0, 2), (11, 9, 2)),
])
def test_layer_output_shape_conv_formula(input_shape, layer, expected):
    """n_H = floor((n_H_prev + 2*pad - f) / stride) + 1, the same with n_W_prev for n_W, and the
    number of channels is the number of filters n_C."""
    expect(sub.layer_output_shape(input_shape, layer), expected, f"layer_output_shape({input_shape}, {layer})")


@pytest.mark.parametrize("input_shape, layer, expected", [
    ((15, 11, 7), pool(2, 2), (7, 5, 7)),
    ((9, 13, 3), pool(3, 3), (3, 4, 3)),
    ((10, 6, 2), pool(3, 1), (8, 4, 2)),
])
def test_layer_output_shape_pool_formula(input_shape, layer, expected):
    """Pooling uses the same floor formula with no padding, and it keeps the number of channels."""
    expect(sub.layer_output_shape(input_shape, layer), expected, f"layer_output_shape({input_shape}, {layer})")


@pytest.mark.parametrize("input_shape", [(5, 5, 16), (3, 4, 7), (84,)])
def test_layer_output_shape_fc(input_shape):
    """An FC layer flattens whatever it gets; its output has exactly `units` numbers: (units,)."""
    expect(sub.layer_output_shape(input_shape, {"type": "fc", "units": 13}), (13,), "an FC layer with 13 units")


def test_layer_output_shape_gives_ints():
    """Use floor division //: a shape is made of integers, never 14.0 or 14.5."""
    shape = sub.layer_output_shape((28, 32, 6), pool(2, 2))
    assert isinstance(shape, tuple), f"expected a tuple, got {type(shape).__name__}"
    assert all(isinstance(d, (int, np.integer)) for d in shape), f"the sizes must be integers, got {shape}"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_stack_output_shapes_random(seed):
    """Feed each layer the OUTPUT shape of the previous one; return one shape per layer
    (the input shape itself is not in the list)."""
    rng = np.random.default_rng(seed)
    n_H, n_W = int(rng.integers(40, 70)), int(rng.integers(30, 60))
    layers = [conv(int(rng.integers(2, 6)), int(rng.integers(1, 3)), int(rng.integers(0, 3)), int(rng.integers(4, 17))),
              pool(2, 2),
              conv(3, 1, 1, int(rng.integers(8, 33))),
              pool(int(rng.integers(2, 4)), 2),
              {"type": "fc", "units": int(rng.integers(20, 100))},
              {"type": "fc", "units": int(rng.integers(2, 11))}]
    expected = reference().stack_output_shapes((n_H, n_W, 3), copy.deepcopy(layers))
    expect(sub.stack_output_shapes((n_H, n_W, 3), layers), expected, "stack_output_shapes")


def test_stack_output_shapes_chain():
    """Each layer must read the shape its predecessor produced, not the network's input."""
    layers = [pool(2, 2), pool(2, 2), pool(2, 2)]
    expect(sub.stack_output_shapes((64, 32, 5), layers), [(32, 16, 5), (16, 8, 5), (8, 4, 5)],
           "three 2x2 poolings of (64, 32, 5)")


def test_stack_output_shapes_single_layer():
    """A stack of one layer gives a list holding one shape."""
    expect(sub.stack_output_shapes((20, 10, 3), [conv(3, 1, 0, 4)]), [(18, 8, 4)], "one conv layer")
