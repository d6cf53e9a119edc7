"""Hidden tests: other sizes, learning rates and step counts, compared with the reference."""

import copy

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def random_problem(seed, n_x, n_h, m):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n_x, m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    params = {"W1": rng.normal(0, 0.5, size=(n_h, n_x)), "b1": rng.normal(0, 0.1, size=(n_h, 1)),
              "W2": rng.normal(0, 0.5, size=(1, n_h)), "b2": rng.normal(0, 0.1, size=(1, 1))}
    return X, Y, params


def random_grads(seed, params):
    rng = np.random.default_rng(seed)
    return {"d" + k: rng.normal(size=v.shape) for k, v in params.items()}


@pytest.mark.parametrize("seed, n_x, n_h, lr", [(1, 3, 5, 0.5), (2, 4, 2, 0.01), (3, 2, 6, 1.2)])
def test_gradient_descent_update_random(seed, n_x, n_h, lr):
    """Every parameter, weights AND biases, moves against its gradient: theta - learning_rate * d_theta."""
    _, _, params = random_problem(seed, n_x, n_h, 5)
    grads = random_grads(seed + 50, params)
    expected = {k: params[k] - lr * grads["d" + k] for k in params}
    expect(sub.gradient_descent_update(params, grads, lr), expected,
           "gradient_descent_update(parameters, grads, learning_rate)")


def test_gradient_descent_update_leaves_input_alone():
    """Build a new dict of new arrays: `parameters[name] -= ...` changes the caller's arrays."""
    _, _, params = random_problem(4, 3, 4, 5)
    before = copy.deepcopy(params)
    sub.gradient_descent_update(params, random_grads(5, params), 0.3)
    expect(params, before, "parameters after the call")


@pytest.mark.parametrize("seed, n_x, n_h, m, lr, steps", [(6, 2, 4, 10, 1.2, 5), (7, 3, 3, 8, 0.5, 8),
                                                          (8, 5, 2, 12, 0.1, 1)])
def test_train_steps_random(seed, n_x, n_h, m, lr, steps):
    """Each step: forward with the CURRENT parameters, record the cost, backward, update, and
    keep the updated parameters for the next step; exactly num_steps of them."""
    X, Y, params = random_problem(seed, n_x, n_h, m)
    got_params, got_costs = sub.train_steps(X, Y, copy.deepcopy(params), lr, steps)
    ref_params, ref_costs = reference().train_steps(X, Y, copy.deepcopy(params), lr, steps)
    expect(len(got_costs), steps, "len(costs)")
    expect(got_costs, ref_costs, "costs")
    expect(got_params, ref_params, "parameters")


def test_train_steps_cost_goes_down():
    """With a modest learning rate the cost must fall from each step to the next."""
    X, Y, params = random_problem(9, 2, 5, 20)
    _, costs = sub.train_steps(X, Y, params, 0.3, 10)
    assert len(costs) == 10, f"expected 10 costs, got {len(costs)}"
    assert all(b < a for a, b in zip(costs, costs[1:], strict=False)), "the cost should decrease at every step"
