"""Hidden tests: non-square volumes, strides that do not divide evenly, padding, AlexNet."""

import copy

import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("shape, layer", [
    ((30, 20, 3), {"type": "conv", "f": 3, "s": 1, "n_C": 8}),
    ((17, 11, 4), {"type": "conv", "f": 3, "s": 2, "p": 1, "n_C": 5}),
    ((227, 227, 3), {"type": "conv", "f": 11, "s": 4, "n_C": 96}),
    ((9, 14, 7), {"type": "pool", "f": 3, "s": 2}),
    ((12, 6, 2), {"type": "conv", "f": 5, "p": 2, "n_C": 3}),
])
def test_layer_output_shape_varied(shape, layer):
    """n_out = floor((n_prev + 2p - f) / s) + 1, computed for the height and the width
    separately (they differ here); conv takes n_C from the layer, pool keeps n_C_prev."""
    expected = reference().layer_output_shape(shape, dict(layer))
    expect(sub.layer_output_shape(shape, layer), expected, f"layer_output_shape({shape}, {layer})")


def test_layer_output_shape_gives_ints():
    """Use integer division (//): sizes are whole numbers of pixels, not floats."""
    shape = sub.layer_output_shape((13, 13, 2), {"type": "pool", "f": 3, "s": 2})
    expect(shape[0], 6, "height of the pooled 13x13 volume", strict_type=True)
    expect(shape[1], 6, "width of the pooled 13x13 volume", strict_type=True)


def test_layer_output_shape_fc():
    """A fully connected layer flattens whatever comes in and gives (units,)."""
    expect(sub.layer_output_shape((5, 5, 16), {"type": "fc", "units": 120}), (120,),
           "layer_output_shape((5, 5, 16), fc 120)")


def test_network_shapes_alexnet():
    """Feed each layer the shape that came out of the previous one, and collect every
    result (not the input shape itself)."""
    layers = [
        {"type": "conv", "f": 11, "s": 4, "n_C": 96},
        {"type": "pool", "f": 3, "s": 2},
        {"type": "conv", "f": 5, "p": 2, "n_C": 256},
        {"type": "pool", "f": 3, "s": 2},
        {"type": "conv", "f": 3, "p": 1, "n_C": 384},
        {"type": "conv", "f": 3, "p": 1, "n_C": 384},
        {"type": "conv", "f": 3, "p": 1, "n_C": 256},
        {"type": "pool", "f": 3, "s": 2},
        {"type": "fc", "units": 4096},
        {"type": "fc", "units": 4096},
        {"type": "fc", "units": 1000},
    ]
    expected = reference().network_shapes((227, 227, 3), copy.deepcopy(layers))
    got = sub.network_shapes((227, 227, 3), layers)
    expect(got, expected, "network_shapes for AlexNet")
    expect(got[7], (6, 6, 256), "shape before the first fc layer")


def test_network_shapes_non_square():
    """One shape per layer, in order; the last entry is the network's output."""
    layers = [{"type": "conv", "f": 3, "n_C": 4}, {"type": "pool", "f": 2, "s": 2},
              {"type": "conv", "f": 1, "n_C": 2}]
    expected = reference().network_shapes((10, 6, 3), copy.deepcopy(layers))
    got = sub.network_shapes((10, 6, 3), layers)
    expect(len(got), 3, "number of shapes")
    expect(got, expected, "network_shapes((10, 6, 3), ...)")
