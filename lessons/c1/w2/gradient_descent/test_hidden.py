"""Hidden tests: other functions, starting points and learning rates; closed-form answers."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def _bowl(target, scale):
    """J(w) = sum(scale * (w - target)^2) and its gradient, for w of any shape."""
    def cost_and_grad(w):
        return float(np.sum(scale * (w - target) ** 2)), 2 * scale * (w - target)
    return cost_and_grad


@pytest.mark.parametrize("seed", [1, 9, 23])
def test_update_parameter_random(seed):
    """The new value is w - learning_rate * dw, element by element."""
    rng = np.random.default_rng(seed)
    shape = (seed % 4 + 2, 1)
    w, dw, lr = rng.normal(size=shape), rng.normal(size=shape), float(rng.uniform(0.01, 0.5))
    expect(sub.update_parameter(w, dw, lr), w - lr * dw, "update_parameter(w, dw, lr)")


def test_update_parameter_moves_downhill():
    """A small step against the slope must lower the cost (subtract, do not add)."""
    f = _bowl(np.array([[1.0], [-2.0]]), 1.0)
    w = np.array([[3.0], [0.5]])
    J, dw = f(w)
    assert f(sub.update_parameter(w, dw, 0.05))[0] < J, "the cost went up: check the sign"


def test_update_parameter_learning_rate_scales_the_step():
    """The step is learning_rate times dw: halve the rate and the step halves."""
    w, dw = np.array([2.0, -1.0]), np.array([4.0, 8.0])
    big = sub.update_parameter(w, dw, 0.5) - w
    small = sub.update_parameter(w, dw, 0.25) - w
    expect(small, big / 2, "the step taken with half the learning rate")


def test_update_parameter_leaves_input_alone():
    """Return a new array: w - ... creates one, while w -= ... overwrites the caller's w."""
    w = np.array([[1.0], [2.0], [3.0]])
    before = w.copy()
    result = sub.update_parameter(w, np.ones((3, 1)), 0.1)
    assert np.array_equal(w, before), "update_parameter changed the w it was given"
    expect(result, before - 0.1, "update_parameter(w, ones, 0.1)")


@pytest.mark.parametrize("w0,lr,n", [(0.0, 0.1, 5), (10.0, 0.25, 7), (-4.0, 0.05, 12)])
def test_gradient_descent_closed_form(w0, lr, n):
    """On the parabola each step shrinks the distance to 3 by the factor (1 - 2 * learning_rate)."""
    w, costs = sub.gradient_descent(sub.parabola, w0, learning_rate=lr, num_iterations=n)
    factor = 1 - 2 * lr
    expected_w = 3 + (w0 - 3) * factor ** n
    expected_costs = [((w0 - 3) * factor ** k) ** 2 for k in range(n)]
    expect(w, expected_w, "final w")
    expect(costs, expected_costs, "costs")


@pytest.mark.parametrize("seed", [4, 15])
def test_gradient_descent_on_a_2d_bowl(seed):
    """w may be a column vector: the same loop works for any shape of w."""
    rng = np.random.default_rng(seed)
    target = rng.normal(size=(2, 1))
    f = _bowl(target, np.array([[1.0], [3.0]]))
    w0 = rng.normal(size=(2, 1)) * 3
    lr, n = 0.05 + 0.05 * (seed % 3), 20 + seed
    w, costs = sub.gradient_descent(f, w0, lr, n)
    ref_w, ref_costs = reference().gradient_descent(f, w0, lr, n)
    expect(w, ref_w, "final w")
    expect(costs, ref_costs, "costs")


def test_gradient_descent_records_every_iteration():
    """costs has exactly num_iterations entries and costs[0] is the cost at the starting point."""
    w, costs = sub.gradient_descent(sub.parabola, 7.0, 0.1, 11)
    assert isinstance(costs, list), "costs should be a Python list"
    assert len(costs) == 11, f"costs has {len(costs)} entries, expected one per iteration (11)"
    expect(costs[0], 16.0, "costs[0], J at the starting point w = 7")
    assert all(a > b for a, b in zip(costs, costs[1:], strict=False)), \
        "with a small learning rate the cost must go down at every step"


def test_gradient_descent_zero_iterations():
    """No iterations means no steps: w comes back unchanged and costs is empty."""
    w, costs = sub.gradient_descent(sub.parabola, 5.0, 0.1, 0)
    expect(w, 5.0, "w")
    assert costs == [], "no iterations, no recorded costs"


def test_gradient_descent_leaves_start_alone():
    """The starting array must not be modified: each step builds a new w."""
    f = _bowl(np.zeros((3, 1)), 1.0)
    w0 = np.array([[1.0], [-2.0], [0.5]])
    before = w0.copy()
    w, _ = sub.gradient_descent(f, w0, 0.1, 4)
    assert np.array_equal(w0, before), "gradient_descent changed the starting w"
    expect(w, before * 0.8 ** 4, "final w")
