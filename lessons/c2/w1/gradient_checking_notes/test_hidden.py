"""Hidden tests: gradients on very different scales, planted bugs, and a gradient check of the penalty."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def network(seed, dims, scale_range=(-3, 3)):
    """Random parameters and gradients for layer sizes dims; every array has its own scale."""
    rng = np.random.default_rng(seed)
    parameters, grads = {}, {}
    for l in range(1, len(dims)):
        for name, shape in (("W", (dims[l], dims[l - 1])), ("b", (dims[l], 1))):
            parameters[f"{name}{l}"] = rng.normal(size=shape)
            grads[f"d{name}{l}"] = rng.normal(size=shape) * 10.0 ** rng.uniform(*scale_range)
    return parameters, grads


def nearly(grads, seed, rel=1e-9):
    """A numerical gradient that agrees with grads up to a relative noise of about rel."""
    rng = np.random.default_rng(seed)
    return {k: v * (1 + rel * rng.normal(size=v.shape)) for k, v in grads.items()}


@pytest.mark.parametrize("seed, dims, bugs", [
    (1, [4, 5, 3, 1], {"dW2": 2.0, "db1": 1.5}),
    (2, [3, 6, 1], {"db2": 0.25}),
    (3, [5, 4, 4, 2, 1], {"dW1": 1.001, "dW3": -1.0, "db4": 3.0}),
    (4, [2, 3, 1], {}),
])
def test_suspicious_parameters_planted_bugs(seed, dims, bugs):
    """Compare each parameter's arrays SEPARATELY with the relative difference; list only those above the threshold."""
    _, grads = network(seed, dims)
    approx = nearly(grads, seed + 100)
    for key, factor in bugs.items():
        grads[key] = grads[key] * factor
    expected = reference().suspicious_parameters(
        {k: v.copy() for k, v in grads.items()}, {k: v.copy() for k, v in approx.items()})
    assert sorted(expected) == sorted(bugs)
    expect(sub.suspicious_parameters(grads, approx), expected,
           f"suspicious_parameters with bugs in {sorted(bugs)}")


def test_suspicious_parameters_relative_not_absolute():
    """Large gradients with tiny relative noise are fine; a bug in a tiny gradient is not. Use the RELATIVE difference."""
    grads = {"dW1": np.full((30, 20), 5e3), "db1": np.full((30, 1), 2e-4),
             "dW2": np.full((1, 30), -7e2), "db2": np.array([[3e-5]])}
    approx = nearly(grads, 7, rel=1e-8)
    approx["db1"] = approx["db1"] / 3
    expect(sub.suspicious_parameters(grads, approx), ["db1"], "suspicious_parameters")


def test_suspicious_parameters_worst_first():
    """Sort the suspects by their relative difference, LARGEST first, whatever their order in the dict."""
    _, grads = network(8, [3, 4, 4, 1])
    approx = nearly(grads, 9)
    for key, factor in {"dW1": 1.01, "db2": 1.5, "dW3": 3.0, "db3": 1.2}.items():
        approx[key] = approx[key] / factor
    expect(sub.suspicious_parameters(grads, approx), ["dW3", "db2", "db3", "dW1"],
           "suspicious_parameters (order)")


def test_suspicious_parameters_uses_the_threshold():
    """A gradient is suspicious when its difference is ABOVE the threshold you are given."""
    _, grads = network(10, [4, 3, 1])
    approx = nearly(grads, 11)
    approx["dW2"] = approx["dW2"] * (1 + 1e-4)
    expect(sub.suspicious_parameters(grads, approx, threshold=1e-3), [], "threshold 1e-3")
    expect(sub.suspicious_parameters(grads, approx, threshold=1e-6), ["dW2"], "threshold 1e-6")


@pytest.mark.parametrize("seed, dims, lambd, m", [(12, [4, 3, 2, 1], 0.7, 10),
                                                  (13, [5, 7, 1], 0.1, 211), (14, [3, 2], 2.5, 3)])
def test_regularized_cost_and_grads_random(seed, dims, lambd, m):
    """Penalty lambd/(2m) * sum of squared WEIGHTS in the cost, lambd/m * W[l] added to each dW[l]."""
    parameters, grads = network(seed, dims, scale_range=(-1, 1))
    cost = float(np.random.default_rng(seed).uniform(0.1, 1.0))
    expected = reference().regularized_cost_and_grads(
        cost, {k: v.copy() for k, v in grads.items()}, {k: v.copy() for k, v in parameters.items()},
        lambd, m)
    expect(sub.regularized_cost_and_grads(cost, grads, parameters, lambd, m), expected,
           f"regularized_cost_and_grads(cost, grads, parameters, {lambd}, {m})")


def test_regularized_cost_and_grads_passes_a_gradient_check():
    """The gradient you add must be the derivative of the penalty you add: lambd/(2m) sum W^2 -> lambd/m W, and nothing for b."""
    parameters, grads = network(15, [3, 4, 2])
    zeros = {k: np.zeros_like(v) for k, v in grads.items()}
    lambd, m, eps = 1.3, 5, 1e-6
    _, grads_reg = sub.regularized_cost_and_grads(0.0, zeros, parameters, lambd, m)
    for name, value in parameters.items():
        numerical = np.zeros_like(value)
        for idx in np.ndindex(value.shape):
            plus = {k: v.copy() for k, v in parameters.items()}
            minus = {k: v.copy() for k, v in parameters.items()}
            plus[name][idx] += eps
            minus[name][idx] -= eps
            cost_plus, _ = sub.regularized_cost_and_grads(0.0, zeros, plus, lambd, m)
            cost_minus, _ = sub.regularized_cost_and_grads(0.0, zeros, minus, lambd, m)
            numerical[idx] = (cost_plus - cost_minus) / (2 * eps)
        expect(grads_reg["d" + name], numerical, f"grads_reg['d{name}'] vs numerical",
               rtol=1e-5, atol=1e-7)


def test_regularized_cost_and_grads_leaves_inputs_alone():
    """Return a NEW dict: `grads['dW1'] += ...` would change backprop's own gradients."""
    parameters, grads = network(16, [4, 3, 1])
    copies = ({k: v.copy() for k, v in grads.items()}, {k: v.copy() for k, v in parameters.items()})
    sub.regularized_cost_and_grads(0.5, grads, parameters, 0.9, 7)
    expect((grads, parameters), copies, "(grads, parameters) after the call")


def test_regularized_cost_and_grads_lambda_zero():
    """With lambd = 0 nothing changes: the same cost and the same gradients, under the same keys."""
    parameters, grads = network(17, [2, 5, 3, 1])
    expected = (0.42, {k: v.copy() for k, v in grads.items()})
    expect(sub.regularized_cost_and_grads(0.42, grads, parameters, 0.0, 9), expected,
           "regularized_cost_and_grads(lambd=0)")
