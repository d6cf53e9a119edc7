"""Hidden tests: other shapes and betas, zero gradients, scale-free steps, deeper networks."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed, shape, beta2, lr", [(1, (3, 4), 0.9, 0.01), (2, (5, 1), 0.999, 0.001),
                                                    (3, (2, 6), 0.5, 0.1), (4, (7,), 0.99, 0.05)])
def test_rmsprop_step_random(seed, shape, beta2, lr):
    """s = beta2 * s + (1 - beta2) * dW**2 first; then W = W - lr * dW / (sqrt(NEW s) + epsilon)."""
    rng = np.random.default_rng(seed)
    w, dw = rng.normal(size=shape), rng.normal(size=shape)
    s = rng.random(shape)
    s_new = beta2 * s + (1 - beta2) * dw ** 2
    expected = (w - lr * dw / (np.sqrt(s_new) + 1e-8), s_new)
    expect(sub.rmsprop_step(w, dw, s, beta2, lr), expected,
           f"rmsprop_step(W of shape {shape}, dW, s, {beta2}, {lr})")


def test_rmsprop_step_uses_epsilon():
    """epsilon is added to the square ROOT of s, outside it: dW / (sqrt(s) + epsilon)."""
    w, dw, s = np.array([[1.0, 2.0]]), np.array([[0.3, -0.6]]), np.array([[0.0, 0.16]])
    s_new = 0.9 * s + 0.1 * dw ** 2
    expected = (w - 0.2 * dw / (np.sqrt(s_new) + 0.5), s_new)
    expect(sub.rmsprop_step(w, dw, s, 0.9, 0.2, epsilon=0.5), expected,
           "rmsprop_step(W, dW, s, 0.9, 0.2, epsilon=0.5)")


def test_rmsprop_step_zero_gradient_is_safe():
    """A parameter with a zero gradient and s = 0 must not move: epsilon prevents 0 / 0 = NaN."""
    w = np.array([[1.0, -1.0, 2.0]])
    new_w, new_s = sub.rmsprop_step(w, np.array([[0.0, 0.5, 0.0]]), np.zeros((1, 3)), 0.9, 0.01)
    assert not np.isnan(new_w).any(), f"W contains NaN: {new_w}"
    expect(new_w[0, [0, 2]], np.array([1.0, 2.0]), "W entries whose gradient is 0")


@pytest.mark.parametrize("scale", [1e-3, 1.0, 1e3])
def test_rmsprop_step_is_scale_free(scale):
    """With a steady gradient g, s tends to g^2 and every step tends to learning_rate: size-free."""
    w, s = np.zeros((2, 2)), np.zeros((2, 2))
    g = scale * np.array([[1.0, -2.0], [0.5, 4.0]])
    for _ in range(300):
        previous = w
        w, s = sub.rmsprop_step(w, g, s, 0.9, 0.01)
    expect(previous - w, 0.01 * np.sign(g), f"step size after 300 steps with gradients ~{scale}",
           rtol=1e-3)


def test_rmsprop_step_leaves_inputs_alone():
    """Build new arrays; s *= beta2 or W -= ... would change the caller's arrays."""
    rng = np.random.default_rng(6)
    w, dw, s = rng.normal(size=(4, 3)), rng.normal(size=(4, 3)), rng.random((4, 3))
    before = (w.copy(), dw.copy(), s.copy())
    sub.rmsprop_step(w, dw, s, 0.9, 0.1)
    expect((w, dw, s), before, "(W, dW, s) after rmsprop_step")


def network(seed, layer_dims):
    rng = np.random.default_rng(seed)
    parameters, grads, s = {}, {}, {}
    for l in range(1, len(layer_dims)):
        shapes = {"W": (layer_dims[l], layer_dims[l - 1]), "b": (layer_dims[l], 1)}
        for name, shape in shapes.items():
            parameters[name + str(l)] = rng.normal(size=shape)
            grads["d" + name + str(l)] = rng.normal(size=shape)
            s["d" + name + str(l)] = rng.random(shape)
    return parameters, grads, s


def copies(*dicts):
    return tuple({key: value.copy() for key, value in d.items()} for d in dicts)


@pytest.mark.parametrize("seed, layer_dims", [(1, [3, 4, 1]), (2, [5, 3, 2, 1]), (3, [2, 6, 4, 3, 1]),
                                              (4, [4, 2])])
def test_update_parameters_with_rmsprop_random(seed, layer_dims):
    """Apply rmsprop_step to EVERY layer l = 1 .. L (L = len(parameters) // 2), to W[l] and b[l]."""
    parameters, grads, s = network(seed, layer_dims)
    expected = reference().update_parameters_with_rmsprop(*copies(parameters, grads, s), 0.99, 0.01)
    expect(sub.update_parameters_with_rmsprop(parameters, grads, s, 0.99, 0.01), expected,
           f"update_parameters_with_rmsprop(network {layer_dims})")


def test_update_parameters_with_rmsprop_updates_the_biases():
    """b[l] gets its own RMSprop step, with its own average s["db" + str(l)]."""
    parameters, grads, s = network(5, [3, 2, 1])
    expected_b2 = reference().rmsprop_step(parameters["b2"].copy(), grads["db2"], s["db2"].copy(),
                                           0.9, 0.1)
    new_parameters, new_s = sub.update_parameters_with_rmsprop(parameters, grads, s, 0.9, 0.1)
    expect((new_parameters["b2"], new_s["db2"]), expected_b2, "(b2, s['db2']) after the update")


def test_update_parameters_with_rmsprop_returns_the_new_s():
    """Return the UPDATED s: the next step needs the new running averages."""
    parameters, grads, s = network(6, [2, 3, 1])
    expected = {key: 0.9 * value + 0.1 * grads[key] ** 2 for key, value in s.items()}
    _, new_s = sub.update_parameters_with_rmsprop(parameters, grads, s, 0.9, 0.05)
    expect(new_s, expected, "s returned by update_parameters_with_rmsprop")
