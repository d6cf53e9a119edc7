"""Hidden tests: other images and filter sizes, a numerical gradient check, and learning."""

import numbers

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def make_case(seed, shape, f):
    rng = np.random.default_rng(seed)
    image = rng.random(shape)
    target = reference().conv2d(image, rng.normal(size=(f, f)))
    kernel = rng.normal(size=(f, f))
    return image, kernel, target


@pytest.mark.parametrize("seed, shape, f", [(1, (7, 5), 3), (2, (6, 9), 2), (3, (8, 10), 4)])
def test_filter_cost_and_gradient_random(seed, shape, f):
    """cost = sum(E**2) / (2N) and dK[i, j] = sum(E * shifted image) / N, with E = Z - target
    and N the number of output pixels."""
    image, kernel, target = make_case(seed, shape, f)
    expected = reference().filter_cost_and_gradient(image.copy(), kernel.copy(), target.copy())
    cost, dK = sub.filter_cost_and_gradient(image, kernel, target)
    expect(cost, expected[0], "cost")
    expect(dK, expected[1], "dK")


def test_filter_cost_and_gradient_matches_numerical_slope():
    """dK must be the true slope of YOUR cost: nudge one weight by epsilon and the cost must
    change by about dK[i, j] * epsilon (mind the 1/2 in the cost and the 1/N in both)."""
    image, kernel, target = make_case(4, (6, 8), 3)
    _, dK = sub.filter_cost_and_gradient(image, kernel, target)
    eps = 1e-6
    numerical = np.zeros((3, 3))
    ref = reference().filter_cost_and_gradient
    for i in range(3):
        for j in range(3):
            plus, minus = kernel.copy(), kernel.copy()
            plus[i, j] += eps
            minus[i, j] -= eps
            numerical[i, j] = (ref(image, plus, target)[0] - ref(image, minus, target)[0]) / (2 * eps)
    expect(dK, numerical, "dK compared with (J(K + eps) - J(K - eps)) / (2 eps)", rtol=1e-4, atol=1e-6)


def test_filter_cost_and_gradient_zero_at_the_answer():
    """When the kernel already produces the target, the cost and every gradient entry are 0."""
    image = np.random.default_rng(5).random((6, 7))
    target = reference().conv2d(image, reference().SCHARR)
    cost, dK = sub.filter_cost_and_gradient(image, reference().SCHARR.copy(), target)
    expect(cost, 0.0, "cost at the right kernel")
    expect(dK, np.zeros((3, 3)), "dK at the right kernel", atol=1e-9)


def test_filter_cost_and_gradient_returns_a_number():
    """The cost is a single number (a float), not an array."""
    image, kernel, target = make_case(6, (5, 5), 3)
    cost, _ = sub.filter_cost_and_gradient(image, kernel, target)
    assert isinstance(cost, numbers.Real) and np.ndim(cost) == 0, "cost should be one number"


@pytest.mark.parametrize("seed, shape, f, steps, lr", [(7, (7, 6), 3, 5, 0.2),
                                                       (8, (5, 9), 2, 4, 0.5)])
def test_learn_filter_random(seed, shape, f, steps, lr):
    """Each step: measure the cost, record it, then move AGAINST the gradient:
    kernel = kernel - learning_rate * dK. Take exactly num_iterations steps."""
    image, kernel, target = make_case(seed, shape, f)
    expected = reference().learn_filter(image.copy(), target.copy(), kernel.copy(), steps, lr)
    learned, costs = sub.learn_filter(image, target, kernel.copy(), steps, lr)
    expect(learned, expected[0], "learned kernel")
    expect(list(costs), expected[1], "costs")


def test_learn_filter_finds_sobel_on_noise():
    """On a noisy image every one of the nine weights matters, so descending long enough
    recovers the Sobel filter itself, and the recorded cost keeps going down."""
    image = np.random.default_rng(9).random((16, 14))
    target = reference().conv2d(image, reference().SOBEL)
    learned, costs = sub.learn_filter(image, target, np.zeros((3, 3)), 600, 0.3)
    expect(learned, reference().SOBEL, "kernel after 600 steps", rtol=1e-3, atol=1e-3)
    assert len(costs) == 600, f"expected 600 recorded costs, got {len(costs)}"
    assert np.all(np.diff(costs) <= 1e-12), "the cost went up"


def test_learn_filter_leaves_the_start_kernel_alone():
    """Do not update the caller's kernel in place (kernel -= ...): copy it first, or write
    kernel = kernel - learning_rate * dK, which makes a new array."""
    image, kernel, target = make_case(10, (6, 6), 3)
    start = kernel.copy()
    sub.learn_filter(image, target, kernel, 3, 0.1)
    expect(kernel, start, "the starting kernel after learn_filter")
