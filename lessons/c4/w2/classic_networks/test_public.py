"""Public tests: the LeNet-5 numbers of the explanation."""

import submission as sub
from engine.testkit import expect

LENET = [
    {"type": "conv", "f": 5, "n_C": 6},
    {"type": "pool", "f": 2, "s": 2},
    {"type": "conv", "f": 5, "n_C": 16},
    {"type": "pool", "f": 2, "s": 2},
    {"type": "fc", "units": 120},
    {"type": "fc", "units": 84},
    {"type": "fc", "units": 10},
]


def test_layer_params_conv():
    expect(sub.layer_params((14, 14, 6), LENET[2]), 2416, "layer_params of LeNet's second conv",
           strict_type=True)


def test_layer_params_fc_flattens():
    expect(sub.layer_params((5, 5, 16), LENET[4]), 48120, "layer_params of LeNet's fc 120",
           strict_type=True)


def test_layer_params_pool():
    expect(sub.layer_params((28, 28, 6), LENET[1]), 0, "layer_params of a pooling layer")


def test_count_parameters_lenet():
    expected = [156, 0, 2416, 0, 48120, 10164, 850]
    expect(sub.count_parameters((32, 32, 1), LENET), expected, "count_parameters for LeNet-5")
