"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_parameter_keys_three_layers():
    expect(sub.parameter_keys(3), ["W1", "b1", "W2", "b2", "W3", "b3"], "parameter_keys(3)")


def test_layer_dims_from_parameters_example():
    parameters = {"W1": np.zeros((5, 3)), "b1": np.zeros((5, 1)),
                  "W2": np.zeros((2, 5)), "b2": np.zeros((2, 1)),
                  "W3": np.zeros((1, 2)), "b3": np.zeros((1, 1))}
    expect(sub.layer_dims_from_parameters(parameters), [3, 5, 2, 1],
           "layer_dims_from_parameters(parameters)")
