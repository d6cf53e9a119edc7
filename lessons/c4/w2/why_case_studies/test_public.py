"""Public tests: LeNet-5, as worked through in the explanation."""

import submission as sub
from engine.testkit import expect

LENET = [
    {"type": "conv", "f": 5, "s": 1, "n_C": 6},
    {"type": "pool", "f": 2, "s": 2},
    {"type": "conv", "f": 5, "s": 1, "n_C": 16},
    {"type": "pool", "f": 2, "s": 2},
    {"type": "fc", "units": 120},
    {"type": "fc", "units": 84},
    {"type": "fc", "units": 10},
]


def test_layer_output_shape_lenet_first_conv():
    expect(sub.layer_output_shape((32, 32, 1), LENET[0]), (28, 28, 6),
           "layer_output_shape((32, 32, 1), conv 5x5, 6 filters)")


def test_layer_output_shape_pool_keeps_channels():
    expect(sub.layer_output_shape((28, 28, 6), LENET[1]), (14, 14, 6),
           "layer_output_shape((28, 28, 6), pool 2x2 stride 2)")


def test_layer_output_shape_same_conv():
    layer = {"type": "conv", "f": 3, "s": 1, "p": 1, "n_C": 64}
    expect(sub.layer_output_shape((224, 224, 3), layer), (224, 224, 64),
           "layer_output_shape((224, 224, 3), conv 3x3 same, 64 filters)")


def test_network_shapes_lenet():
    expected = [(28, 28, 6), (14, 14, 6), (10, 10, 16), (5, 5, 16), (120,), (84,), (10,)]
    expect(sub.network_shapes((32, 32, 1), LENET), expected, "network_shapes for LeNet-5")
