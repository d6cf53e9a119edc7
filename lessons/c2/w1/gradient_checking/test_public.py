"""Public tests: these are shown to you, with the values they expect (see the explanation)."""

import numpy as np

import submission as sub
from engine.testkit import expect, reference


def number(value, name):
    """The difference as a float, or a clear failure when it is not a single number."""
    array = np.asarray(value)
    if value is None or array.size != 1 or array.dtype.kind not in "fiu":
        raise AssertionError(f"{name} returned {type(value).__name__} {value!r:.60}, not a "
                             "number. Is the stub's `None` placeholder still there?")
    return float(array.reshape(()))


def test_forward_propagation_example():
    expect(sub.forward_propagation(2, 4), 8, "forward_propagation(x=2, theta=4)")


def test_backward_propagation_example():
    expect(sub.backward_propagation(3, 4), 3, "backward_propagation(x=3, theta=4)")


def test_gradient_check_example(monkeypatch):
    # With J = theta * x and its true derivative x, the two gradients agree.
    monkeypatch.setattr(sub, "forward_propagation", lambda x, theta: theta * x)
    monkeypatch.setattr(sub, "backward_propagation", lambda x, theta: x)
    difference = number(sub.gradient_check(3, 4), "gradient_check(3, 4)")
    assert difference < 2e-7, f"difference = {difference}, expected below 2e-7 (about 7.8e-11)"
    # A backward pass that answers x + 1 = 4 instead of 3: |4 - 3| / (4 + 3) = 1/7.
    monkeypatch.setattr(sub, "backward_propagation", lambda x, theta: x + 1)
    expect(sub.gradient_check(3, 4), 1 / 7, "gradient_check(3, 4) when backprop says 4",
           rtol=1e-6)


def test_gradient_check_n_catches_the_planted_bugs():
    np.random.seed(3)
    X = np.random.randn(4, 3)
    Y = np.array([[1, 1, 0]])
    parameters = {name: np.random.randn(*shape) for name, shape in sub.SHAPES}
    # The given backward_propagation_n, bugs included (the reference's copy, so that fixing
    # the one in your file does not change this test).
    cost, cache = reference().forward_propagation_n(X, Y, parameters)
    gradients = reference().backward_propagation_n(X, Y, cache)
    expect(sub.gradient_check_n(parameters, gradients, X, Y), 0.1663300266363046,
           "gradient_check_n with the given (buggy) backward_propagation_n", rtol=1e-5)
