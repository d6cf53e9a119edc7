"""Hidden tests: networks of several depths and widths, data sizes on and around every
threshold, and the properties fine-tuning must keep (frozen means frozen, inputs untouched)."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def network(dims, seed):
    """Random parameters for layer sizes dims = [n0, n1, ..., nL]."""
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(dims)):
        parameters["W" + str(l)] = rng.normal(size=(dims[l], dims[l - 1]))
        parameters["b" + str(l)] = rng.normal(size=(dims[l], 1))
    return parameters


def gradients(parameters, seed):
    rng = np.random.default_rng(seed)
    return {"d" + key: rng.normal(size=value.shape) for key, value in parameters.items()}


def copy_of(parameters):
    return {key: value.copy() for key, value in parameters.items()}


DIMS = [[5, 4, 3, 2], [6, 8, 7], [3, 5, 2, 6, 4], [7, 3]]


@pytest.mark.parametrize("dims, n_classes, seed", [(DIMS[0], 6, 1), (DIMS[1], 1, 2),
                                                   (DIMS[2], 10, 3), (DIMS[3], 4, 4)])
def test_reinit_output_layer_matches_reference(dims, n_classes, seed):
    """Copy every pretrained layer, then replace only layer L: WL = rng.standard_normal((n_classes,
    n_prev)) * 0.01 with rng = np.random.default_rng(seed), and bL = zeros((n_classes, 1))."""
    parameters = network(dims, seed)
    expected = reference().reinit_output_layer(copy_of(parameters), n_classes, seed)
    expect(sub.reinit_output_layer(parameters, n_classes, seed), expected,
           f"reinit_output_layer(network {dims}, {n_classes}, seed={seed})")


def test_reinit_output_layer_shapes():
    """The new WL maps the n[L-1] units of the last hidden layer to n_classes outputs: shape
    (n_classes, n[L-1]), which is WL.shape[1] of the old layer, not its shape[0]."""
    new = sub.reinit_output_layer(network([6, 5, 3, 2], 5), 7, seed=1)
    expect(np.asarray(new["W3"]).shape, (7, 3), "new_parameters['W3'].shape")
    expect(np.asarray(new["b3"]).shape, (7, 1), "new_parameters['b3'].shape")
    expect(new["b3"], np.zeros((7, 1)), "new_parameters['b3'] (a fresh bias is zero)")


def test_reinit_output_layer_keeps_hidden_layers():
    """Everything the network learned on task A below the output layer is kept exactly."""
    parameters = network([4, 6, 5, 3], 6)
    new = sub.reinit_output_layer(parameters, 2, seed=2)
    for key in ["W1", "b1", "W2", "b2"]:
        expect(new[key], parameters[key], f"new_parameters[{key!r}]")
    expect(sorted(new), sorted(parameters), "the keys of new_parameters")


def test_reinit_output_layer_leaves_pretrained_alone():
    """Return a NEW dict of copies: the pretrained dict keeps its own output layer, and editing
    the new network later must not reach back into the pretrained one."""
    parameters = network([4, 5, 3], 7)
    before = copy_of(parameters)
    new = sub.reinit_output_layer(parameters, 6, seed=3)
    expect(parameters, before, "the pretrained parameters after the call")
    for key in ["W1", "b1"]:
        assert not np.shares_memory(new[key], parameters[key]), \
            f"new_parameters[{key!r}] is the pretrained array itself: copy it"


@pytest.mark.parametrize("m_new, L", [(0, 3), (999, 4), (9_999, 4), (10_000, 4), (99_999, 4),
                                      (100_000, 4), (1_000_000, 4), (10_000_000, 4),
                                      (123_456, 6), (10 ** 12, 3), (5_000_000, 1), (20_000, 2)])
def test_layers_to_fine_tune_matches_reference(m_new, L):
    """One layer below 10 * base examples; every further factor of 10 unfreezes one more layer,
    counted back from layer L, and never more than L layers: e.g. L=4, 100000 -> [2, 3, 4]."""
    expect(sub.layers_to_fine_tune(m_new, L), reference().layers_to_fine_tune(m_new, L),
           f"layers_to_fine_tune({m_new}, {L})")


@pytest.mark.parametrize("m_new, base, expected", [(2_000, 200, [5, 6]), (1_999, 200, [6]),
                                                   (50_000, 50, [3, 4, 5, 6]),
                                                   (50, 50, [6])])
def test_layers_to_fine_tune_other_base(m_new, base, expected):
    """The thresholds are 10 * base, 100 * base, ...: use the base you are given, and reaching a
    threshold exactly counts (>=)."""
    expect(sub.layers_to_fine_tune(m_new, 6, base=base), expected,
           f"layers_to_fine_tune({m_new}, 6, base={base})")


def test_layers_to_fine_tune_properties():
    """The layers are real layer numbers 1..L, end with the output layer L, are consecutive, and
    never shrink as the data grows."""
    L, previous = 5, 0
    for m_new in [10, 10 ** 3, 10 ** 4, 3 * 10 ** 4, 10 ** 5, 10 ** 6, 10 ** 7, 10 ** 8, 10 ** 10]:
        layers = list(sub.layers_to_fine_tune(m_new, L))
        assert layers and layers[-1] == L, f"{m_new} examples: {layers} does not end with layer {L}"
        assert layers == list(range(layers[0], L + 1)), f"{m_new} examples: {layers} has gaps"
        assert layers[0] >= 1, f"{m_new} examples: {layers} has a layer below 1"
        assert len(layers) >= previous, f"{m_new} examples: fewer layers than with less data"
        previous = len(layers)


@pytest.mark.parametrize("dims, layers, seed", [(DIMS[0], [3], 1), (DIMS[1], [1, 2], 2),
                                                (DIMS[2], [3, 4], 3), (DIMS[2], [], 4)])
def test_fine_tune_step_matches_reference(dims, layers, seed):
    """W = W - learning_rate * dW and b = b - learning_rate * db for the layers in `layers`
    (real layer numbers, starting at 1); an unchanged copy for every other layer."""
    parameters, grads = network(dims, seed), gradients(network(dims, seed), seed + 10)
    expected = reference().fine_tune_step(copy_of(parameters), grads, 0.05, layers)
    expect(sub.fine_tune_step(parameters, grads, 0.05, layers), expected,
           f"fine_tune_step(network {dims}, grads, 0.05, {layers})")


def test_fine_tune_step_frozen_means_frozen():
    """A frozen layer keeps its W AND its b, however large its gradient."""
    parameters = network([4, 6, 5, 3], 11)
    grads = {key: np.full(value.shape, 1e6) for key, value in gradients(parameters, 12).items()}
    new = sub.fine_tune_step(parameters, grads, 0.1, [3])
    for key in ["W1", "b1", "W2", "b2"]:
        expect(new[key], parameters[key], f"new_parameters[{key!r}] (frozen)")


def test_fine_tune_step_trains_weights_and_biases():
    """A trained layer moves both its weights and its bias, downhill (minus the gradient)."""
    parameters = network([3, 4, 2], 13)
    grads = gradients(parameters, 14)
    new = sub.fine_tune_step(parameters, grads, 0.5, [1, 2])
    for key in ["W1", "b1", "W2", "b2"]:
        expect(new[key], parameters[key] - 0.5 * grads["d" + key], f"new_parameters[{key!r}]")


def test_fine_tune_step_leaves_inputs_alone():
    """Return a new dict: the parameters you were given are not changed (no W -= ...)."""
    parameters = network([5, 4, 3], 15)
    before = copy_of(parameters)
    sub.fine_tune_step(parameters, gradients(parameters, 16), 0.1, [1, 2])
    expect(parameters, before, "parameters after the call")
