"""Public tests: the worked examples of the explanation."""

import submission as sub
from engine.testkit import expect

CONV1 = {"type": "conv", "f": 3, "stride": 1, "pad": 0, "n_C": 10}
CONV2 = {"type": "conv", "f": 5, "stride": 2, "pad": 0, "n_C": 20}
CONV3 = {"type": "conv", "f": 5, "stride": 2, "pad": 0, "n_C": 40}
FC = {"type": "fc", "units": 1}


def test_layer_output_shape_conv():
    expect(sub.layer_output_shape((39, 39, 3), CONV1), (37, 37, 10), "after CONV1")
    expect(sub.layer_output_shape((37, 37, 10), CONV2), (17, 17, 20), "after CONV2")


def test_layer_output_shape_same_padding():
    layer = {"type": "conv", "f": 5, "stride": 1, "pad": 2, "n_C": 8}
    expect(sub.layer_output_shape((28, 28, 3), layer), (28, 28, 8), "a 'same' convolution")


def test_layer_output_shape_pool():
    layer = {"type": "pool", "f": 2, "stride": 2}
    expect(sub.layer_output_shape((17, 17, 20), layer), (8, 8, 20), "2x2 pooling of (17, 17, 20)")


def test_layer_output_shape_fc():
    expect(sub.layer_output_shape((7, 7, 40), FC), (1,), "an FC layer with 1 unit")


def test_stack_output_shapes_lecture_network():
    shapes = sub.stack_output_shapes((39, 39, 3), [CONV1, CONV2, CONV3, FC])
    expect(shapes, [(37, 37, 10), (17, 17, 20), (7, 7, 40), (1,)], "stack_output_shapes")
