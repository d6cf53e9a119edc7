"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

Z = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])


def test_tanh_derivative_example():
    expect(sub.tanh_derivative(Z),
           np.array([0.07065082, 0.78644773, 1.0, 0.78644773, 0.07065082]), "tanh_derivative(z)")


def test_leaky_relu_derivative_example():
    expect(sub.leaky_relu_derivative(Z), np.array([0.01, 0.01, 0.01, 1.0, 1.0]),
           "leaky_relu_derivative(z)")
