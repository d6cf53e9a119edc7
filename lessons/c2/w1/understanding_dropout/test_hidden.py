"""Hidden tests: random units and networks of several depths, a simulation of dropout, and
the train / test switch."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("n, keep_prob, seed", [(5, 0.7, 1), (9, 0.5, 2), (2, 0.9, 3)])
def test_dropout_moments_random(n, keep_prob, seed):
    """mean = sum of w_i a_i; variance = (1 - keep_prob) / keep_prob * sum of (w_i a_i)^2."""
    rng = np.random.default_rng(seed)
    w, a = rng.normal(size=(1, n)), rng.uniform(0, 2, size=(n, 1))
    expected = reference().dropout_moments(w.copy(), a.copy(), keep_prob)
    expect(sub.dropout_moments(w, a, keep_prob), expected, f"dropout_moments(w (1, {n}), a)")


def test_dropout_moments_match_a_simulation():
    """Simulate 200,000 dropout masks: the mean and variance of z must match yours."""
    rng = np.random.default_rng(0)
    w, a = rng.normal(size=(1, 6)), rng.random((6, 1))
    masks = rng.random((200_000, 6)) < 0.7
    z = (masks * (w * a.T) / 0.7).sum(axis=1)
    mean, variance = sub.dropout_moments(w, a, 0.7)
    assert abs(mean - z.mean()) < 0.005, f"mean {mean:.4f}, simulation {z.mean():.4f}"
    assert abs(variance - z.var()) < 0.005, f"variance {variance:.4f}, simulation {z.var():.4f}"


def test_dropout_moments_inverted_keeps_the_mean():
    """Inverted dropout does not change the average input of the next unit: the mean is w a,
    whatever keep_prob is."""
    w, a = np.array([[1.5, -0.5, 2.0]]), np.array([[1.0], [3.0], [0.25]])
    for keep_prob in (0.3, 0.6, 0.95):
        expect(sub.dropout_moments(w, a, keep_prob)[0], 0.5, f"mean with keep_prob={keep_prob}")


def test_dropout_moments_activations_matter():
    """Each term is w_i times a_i: a large activation makes its weight count more."""
    w, a = np.array([[1.0, 1.0]]), np.array([[3.0], [0.5]])
    expect(sub.dropout_moments(w, a, 0.5), (3.5, 9.25), "dropout_moments([[1, 1]], [[3], [0.5]])")


def test_dropout_moments_no_dropout():
    """keep_prob = 1 keeps everything: no randomness, variance 0."""
    w, a = np.array([[0.3, -0.7, 1.1, 2.0]]), np.array([[1.0], [2.0], [0.5], [0.1]])
    expect(sub.dropout_moments(w, a, 1.0), (-0.35, 0.0), "dropout_moments(keep_prob=1)")


def test_dropout_moments_shapes_not_broadcast():
    """w is a ROW (1, n) and a a COLUMN (n, 1): w * a broadcasts to an (n, n) matrix. Pair
    w_i with a_i (w.T * a, or np.dot for the mean)."""
    w, a = np.array([[1.0, 2.0, 3.0]]), np.array([[1.0], [0.0], [2.0]])
    expect(sub.dropout_moments(w, a, 0.5), (7.0, 37.0), "dropout_moments([[1, 2, 3]], [[1], [0], [2]])")


def test_dropout_moments_returns_floats():
    """Return a tuple of two plain numbers (mean, variance)."""
    moments = sub.dropout_moments(np.ones((1, 3)), np.ones((3, 1)), 0.5)
    assert isinstance(moments, tuple) and len(moments) == 2, f"got {moments!r}"
    assert all(np.ndim(value) == 0 for value in moments), f"got {moments!r}"


def network(dims, seed):
    rng = np.random.default_rng(seed)
    return {key: value for layer in range(1, len(dims)) for key, value in (
        ("W" + str(layer), rng.normal(0, 1 / np.sqrt(dims[layer - 1]), (dims[layer], dims[layer - 1]))),
        ("b" + str(layer), rng.normal(0, 0.1, (dims[layer], 1))))}


def plain_forward(X, parameters):
    L = len(parameters) // 2
    A = X
    for layer in range(1, L):
        A = np.maximum(0, parameters[f"W{layer}"] @ A + parameters[f"b{layer}"])
    return 1 / (1 + np.exp(-(parameters[f"W{L}"] @ A + parameters[f"b{L}"])))


NETS = [([4, 5, 3, 1], [0.8, 0.6], 7, 1), ([3, 6, 2], [0.7], 5, 2),
        ([5, 8, 4, 3, 2], [0.9, 0.5, 0.7], 9, 3)]


@pytest.mark.parametrize("dims, keep_probs, m, seed", NETS)
def test_forward_with_dropout_training_matches_reference(dims, keep_probs, m, seed):
    """Seed ONCE, then for each hidden layer in order draw its mask right after the ReLU, with
    that layer's own keep_prob; never drop the inputs or the output."""
    parameters, X = network(dims, seed), np.random.default_rng(seed + 50).normal(size=(dims[0], m))
    expected = reference().forward_with_dropout(X.copy(), parameters, list(keep_probs), True, seed)
    expect(sub.forward_with_dropout(X, parameters, list(keep_probs), True, seed), expected,
           f"forward_with_dropout on a {dims} network, training=True")


@pytest.mark.parametrize("dims, keep_probs, m, seed", NETS)
def test_forward_with_dropout_test_time_is_plain(dims, keep_probs, m, seed):
    """At test time there is no dropout and no scaling: the plain forward pass."""
    parameters, X = network(dims, seed), np.random.default_rng(seed + 60).normal(size=(dims[0], m))
    expect(sub.forward_with_dropout(X, parameters, list(keep_probs), False, seed),
           plain_forward(X, parameters), f"forward_with_dropout on a {dims} network, training=False")


def test_forward_with_dropout_test_time_is_deterministic():
    """Predictions must not depend on the seed: nothing random happens at test time."""
    parameters, X = network([3, 6, 4, 1], 4), np.random.default_rng(4).normal(size=(3, 10))
    first = sub.forward_with_dropout(X, parameters, [0.5, 0.5], False, 1)
    expect(sub.forward_with_dropout(X, parameters, [0.5, 0.5], False, 99), first,
           "test-time output with another seed")


def test_forward_with_dropout_keep_everything():
    """With every keep_prob at 1, training and test passes are identical."""
    parameters, X = network([4, 7, 3, 2], 6), np.random.default_rng(6).normal(size=(4, 8))
    expect(sub.forward_with_dropout(X, parameters, [1.0, 1.0], True, 3),
           plain_forward(X, parameters), "training output with keep_probs = [1, 1]")


def test_forward_with_dropout_leaves_inputs_alone():
    """Do not modify X or the parameters."""
    parameters, X = network([3, 5, 4, 1], 8), np.random.default_rng(8).normal(size=(3, 6))
    before = {key: value.copy() for key, value in parameters.items()}
    X_before = X.copy()
    sub.forward_with_dropout(X, parameters, [0.6, 0.8], True, 2)
    expect(X, X_before, "X after the call")
    expect(parameters, before, "parameters after the call")
