"""Public tests: the lecture's table, as worked out in the explanation."""

import submission as sub
from engine.testkit import expect

CONV1 = {"name": "CONV1", "type": "conv", "f": 5, "stride": 1, "pad": 0, "n_C": 8}
CONV2 = {"name": "CONV2", "type": "conv", "f": 5, "stride": 1, "pad": 0, "n_C": 16}
POOL = {"name": "POOL1", "type": "pool", "f": 2, "stride": 2}
FC3 = {"name": "FC3", "type": "fc", "units": 120}


def test_layer_parameters_conv():
    expect(sub.layer_parameters((32, 32, 3), CONV1), 608, "parameters of CONV1")
    expect(sub.layer_parameters((14, 14, 8), CONV2), 3216, "parameters of CONV2")


def test_layer_parameters_pool():
    expect(sub.layer_parameters((28, 28, 8), POOL), 0, "parameters of POOL1")


def test_layer_parameters_fc():
    expect(sub.layer_parameters((5, 5, 16), FC3), 48120, "parameters of FC3")


def test_network_summary_lenet():
    rows = sub.network_summary((32, 32, 3), sub.LENET_LAYERS)
    expected = [
        {"name": "INPUT", "shape": (32, 32, 3), "size": 3072, "params": 0},
        {"name": "CONV1", "shape": (28, 28, 8), "size": 6272, "params": 608},
        {"name": "POOL1", "shape": (14, 14, 8), "size": 1568, "params": 0},
        {"name": "CONV2", "shape": (10, 10, 16), "size": 1600, "params": 3216},
        {"name": "POOL2", "shape": (5, 5, 16), "size": 400, "params": 0},
        {"name": "FC3", "shape": (120,), "size": 120, "params": 48120},
        {"name": "FC4", "shape": (84,), "size": 84, "params": 10164},
        {"name": "SOFTMAX", "shape": (10,), "size": 10, "params": 850},
    ]
    expect(rows, expected, "network_summary((32, 32, 3), LENET_LAYERS)")
