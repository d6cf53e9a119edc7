"""Public tests: the worked examples of the explanation."""

import submission as sub
from engine.testkit import expect


def test_layer_shapes_3_4_1():
    expect(sub.layer_shapes(3, 4, 1), {"W1": (4, 3), "b1": (4, 1), "W2": (1, 4), "b2": (1, 1)},
           "layer_shapes(3, 4, 1)")


def test_count_parameters_examples():
    expect(sub.count_parameters([3, 4, 1]), 21, "count_parameters([3, 4, 1])")
    expect(sub.count_parameters([2, 4, 1]), 17, "count_parameters([2, 4, 1])")
    expect(sub.count_parameters([12288, 20, 7, 5, 1]), 245973,
           "count_parameters([12288, 20, 7, 5, 1])")
