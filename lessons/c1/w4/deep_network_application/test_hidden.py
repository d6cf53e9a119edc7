"""Hidden tests: other problem sizes, seeds and learning rates, compared with the reference
solution (which uses the same dnn_steps building blocks)."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def _problem(n_x, m, seed):
    """A small learnable problem: the label says whether a random direction scores > 0."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n_x, m))
    Y = (rng.normal(size=(1, n_x)) @ X > 0).astype(float)
    return X, Y


def _run(model, X, Y, dims, seed, **kwargs):
    np.random.seed(seed)
    return model(X, Y, dims, **kwargs)


@pytest.mark.parametrize("n_x, n_h, m, seed", [(6, 3, 10, 1), (4, 5, 7, 2)])
def test_two_layer_model_matches_reference(n_x, n_h, m, seed):
    """Initialize with initialize_parameters(n_x, n_h, n_y); each iteration: relu layer, sigmoid
    layer, compute_cost, dA2 = -(Y/A2 - (1-Y)/(1-A2)), sigmoid backward then relu backward,
    update_parameters, and READ W1, b1, W2, b2 back out of the updated parameters."""
    X, Y = _problem(n_x, m, seed)
    kwargs = {"learning_rate": 0.1, "num_iterations": 250}
    mine = _run(sub.two_layer_model, X, Y, [n_x, n_h, 1], seed, **kwargs)
    expected = _run(reference().two_layer_model, X, Y, [n_x, n_h, 1], seed, **kwargs)
    expect(tuple(mine), tuple(expected), "(parameters, costs)", rtol=1e-4)


def test_two_layer_model_cost_goes_down():
    """Gradient DESCENT: the recorded costs must fall. A sign error in dA2 climbs instead."""
    X, Y = _problem(5, 12, 7)
    _, costs = _run(sub.two_layer_model, X, Y, [5, 4, 1], 3, learning_rate=0.5,
                    num_iterations=301)
    assert len(costs) == 4, f"301 iterations record costs at 0, 100, 200 and 300; got {len(costs)}"
    assert float(costs[-1]) < float(costs[0]) - 0.1, \
        f"the cost went from {float(costs[0]):.4f} to {float(costs[-1]):.4f}"


@pytest.mark.parametrize("num_iterations, count", [(1, 1), (100, 2), (101, 2), (250, 4)])
def test_two_layer_model_records_costs(num_iterations, count):
    """Record the cost when i % 100 == 0 and at the last iteration i == num_iterations - 1
    (once, even when both hold)."""
    X, Y = _problem(3, 5, 4)
    _, costs = _run(sub.two_layer_model, X, Y, [3, 2, 1], 1, num_iterations=num_iterations)
    expect(len(costs), count, f"len(costs) after {num_iterations} iterations")


@pytest.mark.parametrize("dims, m, seed", [([6, 4, 3, 1], 10, 1), ([4, 5, 1], 8, 2),
                                           ([7, 5, 4, 3, 1], 12, 3)])
def test_L_layer_model_matches_reference(dims, m, seed):
    """Initialize with initialize_parameters_deep_scaled(layers_dims) (NOT the 0.01 version);
    each iteration: L_model_forward, compute_cost, L_model_backward, and
    parameters = update_parameters(...) (it returns a new dict: keep it)."""
    X, Y = _problem(dims[0], m, seed)
    kwargs = {"learning_rate": 0.05, "num_iterations": 201}
    mine = _run(sub.L_layer_model, X, Y, dims, seed, **kwargs)
    expected = _run(reference().L_layer_model, X, Y, dims, seed, **kwargs)
    expect(tuple(mine), tuple(expected), "(parameters, costs)", rtol=1e-4)


@pytest.mark.parametrize("num_iterations, count", [(1, 1), (100, 2), (201, 3)])
def test_L_layer_model_records_costs(num_iterations, count):
    """Record the cost when i % 100 == 0 and at the last iteration i == num_iterations - 1."""
    X, Y = _problem(3, 5, 5)
    _, costs = _run(sub.L_layer_model, X, Y, [3, 2, 2, 1], 1, num_iterations=num_iterations)
    expect(len(costs), count, f"len(costs) after {num_iterations} iterations")


def test_L_layer_model_learns():
    """The parameters must actually change: the cost after 300 iterations is lower than at the
    start."""
    X, Y = _problem(6, 20, 11)
    _, costs = _run(sub.L_layer_model, X, Y, [6, 5, 3, 1], 2, learning_rate=0.3,
                    num_iterations=301)
    assert float(costs[-1]) < float(costs[0]) - 0.1, \
        f"the cost went from {float(costs[0]):.4f} to {float(costs[-1]):.4f}"


@pytest.mark.parametrize("dims, m, seed", [([4, 3, 1], 9, 1), ([5, 4, 2, 1], 6, 2)])
def test_predict_matches_reference(dims, m, seed):
    """Run L_model_forward, then 1 where the probability is > 0.5 and 0 elsewhere; the result
    has shape (1, m)."""
    X, Y = _problem(dims[0], m, seed)
    np.random.seed(seed)
    parameters = reference().initialize_parameters_deep_scaled(dims)
    p = sub.predict(X, Y, parameters)
    expect(p, reference().predict(X, Y, parameters), "predict(X, y, parameters)")


def test_predict_boundary_is_zero():
    """A probability of exactly 0.5 is NOT above 0.5, so it is predicted 0 (use >, not >=)."""
    parameters = {"W1": np.zeros((1, 3)), "b1": np.zeros((1, 1))}
    X = np.ones((3, 4))
    p = sub.predict(X, np.ones((1, 4)), parameters)
    expect(p, np.zeros((1, 4), dtype=int), "predict when every probability is 0.5")
