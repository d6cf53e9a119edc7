"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_output_gradient_example():
    AL = np.array([[0.8, 0.9, 0.4]])
    Y = np.array([[1, 1, 0]])
    expect(sub.output_gradient(AL, Y), np.array([[-1.25, -1.11111111, 1.66666667]]),
           "output_gradient(AL, Y)")


def test_activation_backward_relu_example():
    Z = np.array([[-1.0, 0.0, 2.0]])
    dA = np.array([[0.5, 0.5, 0.5]])
    expect(sub.activation_backward(dA, Z, "relu"), np.array([[0.0, 0.0, 0.5]]),
           "activation_backward(dA, Z, 'relu')")


def test_activation_backward_sigmoid_example():
    Z = np.array([[-1.0, 0.0, 2.0]])
    dA = np.array([[0.5, 0.5, 0.5]])
    expect(sub.activation_backward(dA, Z, "sigmoid"),
           np.array([[0.09830597, 0.125, 0.05249679]]), "activation_backward(dA, Z, 'sigmoid')")
