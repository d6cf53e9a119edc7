"""Public tests: these are shown to you, with the values they expect."""

import submission as sub
from engine.testkit import expect


def test_num_layers_example():
    # 3 input features, hidden layers of 5 and 2 units, 1 output unit.
    expect(sub.num_layers([3, 5, 2, 1]), 3, "num_layers([3, 5, 2, 1])")


def test_num_layers_logistic_regression():
    # Logistic regression: the input, then straight to one sigmoid unit.
    expect(sub.num_layers([4, 1]), 1, "num_layers([4, 1])")


def test_count_parameters_example():
    # (5*3 + 5) + (2*5 + 2) + (1*2 + 1) = 20 + 12 + 3
    expect(sub.count_parameters([3, 5, 2, 1]), 35, "count_parameters([3, 5, 2, 1])")


def test_count_parameters_image_network():
    expect(sub.count_parameters([12288, 20, 7, 5, 1]), 245973,
           "count_parameters([12288, 20, 7, 5, 1])")
