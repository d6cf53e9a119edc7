"""Hidden tests: fresh shapes and seeds, compared with the reference solution and with
properties every correct answer has."""

import copy

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def _network(layer_dims, seed, m, scale=0.7):
    """Random parameters big enough to matter, and an input batch X of m examples."""
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.normal(0, scale, (layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = rng.normal(0, 0.3, (layer_dims[l], 1))
    X = rng.normal(0, 1, (layer_dims[0], m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    return parameters, X, Y


@pytest.mark.parametrize("dims, seed", [((4, 3, 1), 5), ((7, 2, 3), 11), ((2, 6, 1), 42)])
def test_initialize_parameters_shapes_and_values(dims, seed):
    """W1 is (n_h, n_x), W2 is (n_y, n_h), both randn * 0.01 drawn W1 first; biases are zero
    columns (n, 1). Do not call np.random.seed inside: the caller seeds."""
    np.random.seed(seed)
    mine = sub.initialize_parameters(*dims)
    np.random.seed(seed)
    expected = reference().initialize_parameters(*dims)
    expect(mine, expected, f"initialize_parameters{dims}")


def test_initialize_parameters_small_scale():
    """The weights are SMALL: randn times 0.01, so their spread is about 0.01."""
    np.random.seed(0)
    parameters = sub.initialize_parameters(400, 50, 1)
    std = float(np.std(parameters["W1"]))
    assert 0.008 < std < 0.012, f"std of W1 is {std:.4f}; expected about 0.01"


@pytest.mark.parametrize("layer_dims, seed", [([6, 4, 3, 1], 2), ([3, 5, 1], 9),
                                              ([8, 7, 6, 5, 2], 4), ([4, 1], 13)])
def test_initialize_parameters_deep_matches(layer_dims, seed):
    """One W and one b for EVERY layer 1..L (loop over range(1, len(layer_dims))); W[l] has
    shape (n[l], n[l-1]) and is randn * 0.01; b[l] is zeros (n[l], 1)."""
    np.random.seed(seed)
    mine = sub.initialize_parameters_deep(layer_dims)
    np.random.seed(seed)
    expected = reference().initialize_parameters_deep(layer_dims)
    expect(mine, expected, f"initialize_parameters_deep({layer_dims})")
    assert len(mine) == 2 * (len(layer_dims) - 1), \
        f"expected {2 * (len(layer_dims) - 1)} entries, got keys {sorted(mine)}"


@pytest.mark.parametrize("shapes, seed", [((4, 3, 5), 1), ((1, 6, 2), 8), ((3, 3, 7), 21)])
def test_linear_forward_random(shapes, seed):
    """Z = np.dot(W, A) + b has shape (n[l], m); the cache is (A, W, b) in that order."""
    n_l, n_prev, m = shapes
    rng = np.random.default_rng(seed)
    A, W, b = rng.normal(size=(n_prev, m)), rng.normal(size=(n_l, n_prev)), rng.normal(size=(n_l, 1))
    Z, cache = sub.linear_forward(A, W, b)
    expect(Z, W @ A + b, "Z")
    expect(cache, (A, W, b), "cache")


@pytest.mark.parametrize("activation", ["sigmoid", "relu"])
@pytest.mark.parametrize("seed", [3, 17])
def test_linear_activation_forward_random(activation, seed):
    """LINEAR first (Z = W A_prev + b), THEN the activation on Z; the cache is
    (linear_cache, activation_cache) with linear_cache = (A_prev, W, b) and activation_cache = Z."""
    rng = np.random.default_rng(seed)
    A_prev, W, b = rng.normal(size=(5, 4)), rng.normal(size=(3, 5)), rng.normal(size=(3, 1))
    A, cache = sub.linear_activation_forward(A_prev, W, b, activation)
    A_ref, cache_ref = reference().linear_activation_forward(A_prev, W, b, activation)
    expect(A, A_ref, f"A ({activation})")
    expect(cache, cache_ref, f"cache ({activation})")


@pytest.mark.parametrize("layer_dims, m, seed", [([5, 4, 3, 1], 6, 1), ([3, 1], 4, 2),
                                                 ([6, 5, 4, 3, 1], 5, 7)])
def test_L_model_forward_random(layer_dims, m, seed):
    """RELU for layers 1..L-1 and SIGMOID only for layer L; one cache per layer, layer 1
    first, so len(caches) == L."""
    parameters, X, _ = _network(layer_dims, seed, m)
    AL, caches = sub.L_model_forward(X, parameters)
    AL_ref, caches_ref = reference().L_model_forward(X, parameters)
    expect(AL, AL_ref, "AL")
    expect(len(caches), len(caches_ref), "len(caches)")
    expect(list(caches), list(caches_ref), "caches")


def test_L_model_forward_output_is_probability():
    """The last layer is a sigmoid, so every entry of AL lies strictly between 0 and 1."""
    parameters, X, _ = _network([4, 6, 1], 30, 20, scale=2.0)
    AL, _ = sub.L_model_forward(X, parameters)
    assert AL.shape == (1, 20), f"AL should have shape (1, 20), got {AL.shape}"
    assert np.all((AL > 0) & (AL < 1)), "AL must be probabilities: use sigmoid on the last layer"


@pytest.mark.parametrize("m, seed", [(1, 4), (7, 5), (30, 6)])
def test_compute_cost_random(m, seed):
    """J = -(1/m) * sum(Y log AL + (1-Y) log(1-AL)): BOTH terms, divided by m, and squeezed
    to a scalar (np.squeeze) so the result has shape ()."""
    rng = np.random.default_rng(seed)
    AL = rng.uniform(0.05, 0.95, (1, m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    cost = sub.compute_cost(AL, Y)
    assert np.ndim(cost) == 0, f"the cost should be a scalar, got shape {np.shape(cost)}"
    expected = -np.mean(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    expect(float(cost), float(expected), "compute_cost(AL, Y)")


@pytest.mark.parametrize("shapes, seed", [((3, 5, 4), 2), ((1, 2, 9), 3), ((6, 4, 1), 4)])
def test_linear_backward_random(shapes, seed):
    """dW = dZ A_prev^T / m, db = sum of dZ over axis 1 (keepdims=True) / m, and
    dA_prev = W^T dZ with NO division by m. Each gradient has its variable's shape."""
    n_l, n_prev, m = shapes
    rng = np.random.default_rng(seed)
    dZ = rng.normal(size=(n_l, m))
    cache = (rng.normal(size=(n_prev, m)), rng.normal(size=(n_l, n_prev)),
             rng.normal(size=(n_l, 1)))
    mine = sub.linear_backward(dZ, cache)
    expect(tuple(mine), tuple(reference().linear_backward(dZ, cache)),
           "(dA_prev, dW, db)")


@pytest.mark.parametrize("activation", ["sigmoid", "relu"])
@pytest.mark.parametrize("seed", [5, 6])
def test_linear_activation_backward_random(activation, seed):
    """First dZ through the activation's backward (relu_backward or sigmoid_backward with the
    activation cache), then linear_backward(dZ, linear_cache)."""
    rng = np.random.default_rng(seed)
    dA = rng.normal(size=(3, 6))
    linear_cache = (rng.normal(size=(4, 6)), rng.normal(size=(3, 4)), rng.normal(size=(3, 1)))
    Z = rng.normal(size=(3, 6))
    cache = (linear_cache, Z)
    mine = sub.linear_activation_backward(dA, cache, activation)
    expected = reference().linear_activation_backward(dA, cache, activation)
    expect(tuple(mine), tuple(expected), f"(dA_prev, dW, db) with {activation}")


def test_linear_activation_backward_relu_at_zero():
    """The ReLU's gradient is 0 where Z <= 0, INCLUDING Z == 0 exactly: use relu_backward."""
    dA = np.array([[1.0, 2.0, -3.0, 4.0]])
    linear_cache = (np.eye(4), np.array([[1.0]]) * np.ones((1, 4)), np.zeros((1, 1)))
    Z = np.array([[0.0, 1.5, 0.0, -2.0]])
    mine = sub.linear_activation_backward(dA, (linear_cache, Z), "relu")
    expected = reference().linear_activation_backward(dA, (linear_cache, Z), "relu")
    expect(tuple(mine), tuple(expected), "(dA_prev, dW, db) with relu at Z = 0")


@pytest.mark.parametrize("layer_dims, m, seed", [([5, 4, 3, 1], 6, 1), ([3, 1], 4, 2),
                                                 ([6, 5, 4, 3, 1], 5, 7)])
def test_L_model_backward_random(layer_dims, m, seed):
    """dAL = -(Y/AL - (1-Y)/(1-AL)); layer L goes through "sigmoid", then layers L-1 down to 1
    through "relu", each with caches[l-1] and the dA of the layer above; store dA{l-1}, dW{l},
    db{l} for EVERY layer."""
    parameters, X, Y = _network(layer_dims, seed, m)
    AL, caches = reference().L_model_forward(X, parameters)
    grads = sub.L_model_backward(AL, Y, caches)
    expected = reference().L_model_backward(AL, Y, caches)
    expect(grads, expected, "grads")


def test_L_model_backward_gradient_check():
    """The gradients must match a numerical derivative of the cost: (J(w+h) - J(w-h)) / 2h.
    A sign error in dAL or a wrong activation in one layer shows up here."""
    parameters, X, Y = _network([4, 3, 2, 1], 99, 5, scale=0.8)
    ref = reference()
    AL, caches = ref.L_model_forward(X, parameters)
    grads = sub.L_model_backward(AL, Y, caches)
    h = 1e-6
    for name in ("W1", "b2", "W3"):
        numeric = np.zeros_like(parameters[name])
        for index in np.ndindex(parameters[name].shape):
            plus, minus = copy.deepcopy(parameters), copy.deepcopy(parameters)
            plus[name][index] += h
            minus[name][index] -= h
            numeric[index] = (ref.compute_cost(ref.L_model_forward(X, plus)[0], Y)
                              - ref.compute_cost(ref.L_model_forward(X, minus)[0], Y)) / (2 * h)
        assert "d" + name in grads, f"grads has no key 'd{name}' (keys: {sorted(grads)})"
        expect(grads["d" + name], numeric, f"grads['d{name}'] against a numerical gradient",
               rtol=1e-4, atol=1e-6)


@pytest.mark.parametrize("layer_dims, seed", [([5, 4, 3, 1], 3), ([2, 1], 4), ([4, 6, 2], 8)])
def test_update_parameters_random(layer_dims, seed):
    """W[l] := W[l] - learning_rate * dW[l] and b[l] := b[l] - learning_rate * db[l] for EVERY
    layer l = 1..L (MINUS: we go downhill)."""
    params, _, _ = _network(layer_dims, seed, 1)
    grads_like, _, _ = _network(layer_dims, seed + 100, 1)
    grads = {"d" + k: v for k, v in grads_like.items()}
    mine = sub.update_parameters(params, grads, 0.05)
    expect(mine, reference().update_parameters(params, grads, 0.05), "parameters")


def test_update_parameters_leaves_input_unchanged():
    """Return a NEW dict (work on copy.deepcopy(params)): the caller's params must not change."""
    params, _, _ = _network([3, 2, 1], 12, 1)
    grads = {"d" + k: np.ones_like(v) for k, v in params.items()}
    before = copy.deepcopy(params)
    sub.update_parameters(params, grads, 0.1)
    expect(params, before, "params after the call (they should not change)")
