"""Hidden tests: random batches, the famous AL - Y identity and a numerical derivative."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("m, seed", [(1, 1), (6, 2), (25, 3)])
def test_output_gradient_random(m, seed):
    """dA[L] = -(Y/AL - (1-Y)/(1-AL)), element by element: both terms, the minus sign outside,
    and no 1/m (that comes later, in dW and db)."""
    rng = np.random.default_rng(seed)
    AL = rng.uniform(0.05, 0.95, (1, m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    expect(sub.output_gradient(AL, Y), reference().output_gradient(AL, Y),
           "output_gradient(AL, Y)")


def test_output_gradient_matches_numerical_derivative():
    """It is the derivative of the loss -(y log a + (1-y) log(1-a)) with respect to a."""
    AL = np.array([[0.3, 0.6, 0.9, 0.2]])
    Y = np.array([[1.0, 0.0, 1.0, 0.0]])
    h = 1e-6

    def loss(a):
        return -(Y * np.log(a) + (1 - Y) * np.log(1 - a))

    numeric = (loss(AL + h) - loss(AL - h)) / (2 * h)
    expect(sub.output_gradient(AL, Y), numeric, "output_gradient(AL, Y)", rtol=1e-5)


def test_output_gradient_through_sigmoid_is_AL_minus_Y():
    """Through the output sigmoid, dA[L] * s(1 - s) simplifies to AL - Y: check the sign."""
    rng = np.random.default_rng(9)
    ZL = rng.normal(size=(1, 8))
    AL = 1 / (1 + np.exp(-ZL))
    Y = (rng.random((1, 8)) > 0.5).astype(float)
    dZL = sub.output_gradient(AL, Y) * AL * (1 - AL)
    expect(dZL, AL - Y, "output_gradient(AL, Y) * AL * (1 - AL)")


@pytest.mark.parametrize("activation", ["relu", "sigmoid"])
@pytest.mark.parametrize("seed", [4, 5])
def test_activation_backward_random(activation, seed):
    """Multiply dA element by element by g'(Z): relu' is (Z > 0); sigmoid' is s(1 - s) with
    s = sigmoid(Z) -- not Z(1 - Z)."""
    rng = np.random.default_rng(seed)
    Z = rng.normal(0, 2, size=(4, 7))
    dA = rng.normal(size=(4, 7))
    expect(sub.activation_backward(dA, Z, activation),
           reference().activation_backward(dA, Z, activation), f"dZ ({activation})")


def test_activation_backward_relu_at_zero():
    """At Z == 0 exactly the ReLU passes no gradient: (Z > 0), not (Z >= 0)."""
    Z = np.array([[0.0, 0.0, 1.0], [-0.5, 0.0, 3.0]])
    dA = np.ones((2, 3))
    expect(sub.activation_backward(dA, Z, "relu"),
           np.array([[0.0, 0.0, 1.0], [0.0, 0.0, 1.0]]), "dZ (relu) with zeros in Z")


def test_activation_backward_sigmoid_numerical():
    """dZ must match a numerical derivative of sum(dA * sigmoid(Z)) with respect to Z."""
    rng = np.random.default_rng(12)
    Z = rng.normal(size=(3, 4))
    dA = rng.normal(size=(3, 4))
    h = 1e-6
    numeric = dA * (1 / (1 + np.exp(-(Z + h))) - 1 / (1 + np.exp(-(Z - h)))) / (2 * h)
    expect(sub.activation_backward(dA, Z, "sigmoid"), numeric, "dZ (sigmoid)", rtol=1e-5)
