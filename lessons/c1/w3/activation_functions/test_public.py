"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

Z = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])


def test_tanh_example():
    expect(sub.tanh(Z), np.array([-0.96402758, -0.46211716, 0.0, 0.46211716, 0.96402758]),
           "tanh(z)")


def test_leaky_relu_example():
    expect(sub.leaky_relu(Z), np.array([-0.02, -0.005, 0.0, 0.5, 2.0]), "leaky_relu(z)")


def test_leaky_relu_other_slope():
    expect(sub.leaky_relu(Z, 0.2), np.array([-0.4, -0.1, 0.0, 0.5, 2.0]), "leaky_relu(z, 0.2)")
