"""Hidden tests: other inputs and seeds, deliberately wrong and deliberately right gradients,
and formulas worked out by hand."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

PAIRS = [(3.0, 4.0), (-1.5, 0.7), (0.25, -2.0), (7.0, 0.0)]


def number(value, name):
    """The difference as a float, or a clear failure when it is not a single number."""
    array = np.asarray(value)
    if value is None or array.size != 1 or array.dtype.kind not in "fiu":
        raise AssertionError(f"{name} returned {type(value).__name__} {value!r:.60}, not a "
                             "number. Is the stub's `None` placeholder still there?")
    return float(array.reshape(()))


# ------------------------------------------------------------- 1-D forward and backward

@pytest.mark.parametrize("x, theta", PAIRS)
def test_forward_propagation_values(x, theta):
    """J(theta) = theta * x: a product, for any signs."""
    expect(sub.forward_propagation(x, theta), theta * x, f"forward_propagation({x}, {theta})")


def test_forward_propagation_arrays():
    """The same formula works element by element on numpy arrays."""
    x = np.array([1.0, -2.0, 0.5])
    theta = np.array([3.0, 0.5, -4.0])
    expect(sub.forward_propagation(x, theta), np.array([3.0, -1.0, -2.0]),
           "forward_propagation on arrays")


@pytest.mark.parametrize("x, theta", PAIRS)
def test_backward_propagation_values(x, theta):
    """dJ/dtheta for J = theta * x is x: the derivative with respect to THETA (it is not
    theta, which would be dJ/dx, and not the cost itself)."""
    expect(sub.backward_propagation(x, theta), x, f"backward_propagation({x}, {theta})")


def test_backward_propagation_is_the_slope():
    """The derivative is the slope of J: (J(theta + h) - J(theta - h)) / (2h)."""
    x, theta, h = -2.5, 1.75, 1e-3
    slope = ((theta + h) * x - (theta - h) * x) / (2 * h)
    expect(sub.backward_propagation(x, theta), slope, "backward_propagation(-2.5, 1.75)",
           rtol=1e-9)


# ------------------------------------------------------------- 1-D gradient check

def use(monkeypatch, forward, backward):
    monkeypatch.setattr(sub, "forward_propagation", forward)
    monkeypatch.setattr(sub, "backward_propagation", backward)


@pytest.mark.parametrize("x, theta", [(3.0, 4.0), (-1.5, 0.7), (0.25, -2.0)])
def test_gradient_check_passes_a_correct_gradient(monkeypatch, x, theta):
    """gradapprox = (J(theta + eps) - J(theta - eps)) / (2 eps), with the 2; the difference
    ||grad - gradapprox|| / (||grad|| + ||gradapprox||) of a correct gradient is tiny."""
    use(monkeypatch, lambda x, theta: theta * x, lambda x, theta: x)
    difference = number(sub.gradient_check(x, theta), "gradient_check")
    assert difference < 2e-7, f"difference = {difference} for a CORRECT gradient"


@pytest.mark.parametrize("x, theta", [(3.0, 4.0), (-1.5, 0.7), (30.0, 2.0)])
def test_gradient_check_measures_a_wrong_gradient(monkeypatch, x, theta):
    """If backprop says 2x while the truth is x, the difference is |2x - x| / (|2x| + |x|) = 1/3,
    whatever x: the difference is RELATIVE (divide by the sum of the two norms)."""
    use(monkeypatch, lambda x, theta: theta * x, lambda x, theta: 2 * x)
    expect(sub.gradient_check(x, theta), 1 / 3, f"gradient_check({x}, {theta}) when backprop "
           "returns 2x", rtol=1e-6)


@pytest.mark.parametrize("epsilon", [1e-2, 0.1])
def test_gradient_check_uses_epsilon_on_both_sides(monkeypatch, epsilon):
    """For J = theta^3 x the two-sided difference is (3 theta^2 + eps^2) x, so the difference is
    eps^2 / (6 theta^2 + eps^2). Shift theta by +eps AND by -eps, with the epsilon you are
    given, and call forward_propagation for both."""
    use(monkeypatch, lambda x, theta: theta ** 3 * x, lambda x, theta: 3 * theta ** 2 * x)
    theta = 2.0
    expected = epsilon ** 2 / (6 * theta ** 2 + epsilon ** 2)
    expect(sub.gradient_check(1.5, theta, epsilon=epsilon), expected,
           f"gradient_check(1.5, 2.0, epsilon={epsilon}) for J = theta^3 x", rtol=1e-4)


# ------------------------------------------------------------- N-dimensional gradient check

def problem(seed, m):
    rng = np.random.default_rng(seed)
    X = rng.normal(0, 1, (4, m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    Y[0, 0], Y[0, -1] = 1.0, 0.0
    parameters = {name: rng.normal(0, 1, shape) for name, shape in reference().SHAPES}
    return X, Y, parameters


def correct_backward(X, Y, cache):
    """Backpropagation without the planted bugs."""
    m = X.shape[1]
    (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dZ2 = np.dot(W3.T, dZ3) * (A2 > 0)
    dZ1 = np.dot(W2.T, dZ2) * (A1 > 0)
    return {"dW3": np.dot(dZ3, A2.T) / m, "db3": np.sum(dZ3, axis=1, keepdims=True) / m,
            "dW2": np.dot(dZ2, A1.T) / m, "db2": np.sum(dZ2, axis=1, keepdims=True) / m,
            "dW1": np.dot(dZ1, X.T) / m, "db1": np.sum(dZ1, axis=1, keepdims=True) / m}


def copy_of(d):
    return {k: np.array(v, copy=True) for k, v in d.items()}


@pytest.mark.parametrize("seed, m", [(1, 3), (8, 5), (15, 10), (23, 4)])
def test_gradient_check_n_passes_a_correct_backprop(seed, m):
    """A CORRECT backprop must pass (difference below 2e-7): shift ONE entry at a time, on a
    copy of the parameter vector (np.copy), by +epsilon and -epsilon, and divide by 2 epsilon."""
    X, Y, parameters = problem(seed, m)
    _, cache = reference().forward_propagation_n(X, Y, parameters)
    difference = number(sub.gradient_check_n(parameters, correct_backward(X, Y, cache), X, Y),
                        "gradient_check_n")
    assert difference < 2e-7, f"difference = {difference} for a CORRECT backprop"


@pytest.mark.parametrize("seed, m", [(2, 3), (9, 6), (31, 12)])
def test_gradient_check_n_catches_the_planted_bugs(seed, m):
    """The given backward_propagation_n is wrong in two places; your check must flag it
    (difference above 2e-7) with the relative difference of the two whole vectors."""
    X, Y, parameters = problem(seed, m)
    ref = reference()
    _, cache = ref.forward_propagation_n(X, Y, parameters)
    gradients = ref.backward_propagation_n(X, Y, cache)
    expected = ref.gradient_check_n(copy_of(parameters), copy_of(gradients), X, Y)
    difference = number(sub.gradient_check_n(parameters, gradients, X, Y), "gradient_check_n")
    assert difference > 2e-7, f"difference = {difference}: the planted bugs went unnoticed"
    expect(difference, expected, "gradient_check_n with the buggy backprop", rtol=1e-4)


@pytest.mark.parametrize("name", ["dW1", "db2", "dW3"])
def test_gradient_check_n_catches_a_single_wrong_entry(name):
    """One gradient entry off by 1e-3 is enough to raise the alarm: every parameter must be
    checked, not just some of them."""
    X, Y, parameters = problem(44, 5)
    _, cache = reference().forward_propagation_n(X, Y, parameters)
    gradients = correct_backward(X, Y, cache)
    gradients[name] = gradients[name].copy()
    gradients[name].flat[-1] += 1e-3
    difference = number(sub.gradient_check_n(parameters, gradients, X, Y), "gradient_check_n")
    assert difference > 2e-7, f"difference = {difference}: a wrong entry of {name} went unnoticed"


@pytest.mark.parametrize("epsilon", [1e-3, 1e-2])
def test_gradient_check_n_with_a_larger_epsilon(epsilon):
    """Use the epsilon argument, two-sided: (J_plus[i] - J_minus[i]) / (2 * epsilon). With a
    larger epsilon the difference must match the reference's to several digits."""
    X, Y, parameters = problem(5, 4)
    ref = reference()
    _, cache = ref.forward_propagation_n(X, Y, parameters)
    gradients = ref.backward_propagation_n(X, Y, cache)
    expected = ref.gradient_check_n(copy_of(parameters), copy_of(gradients), X, Y, epsilon)
    expect(sub.gradient_check_n(parameters, gradients, X, Y, epsilon), expected,
           f"gradient_check_n(..., epsilon={epsilon})", rtol=1e-6)


def test_gradient_check_n_leaves_the_inputs_alone():
    """The check only reads the parameters and the gradients: it must not change them."""
    X, Y, parameters = problem(12, 3)
    _, cache = reference().forward_propagation_n(X, Y, parameters)
    gradients = correct_backward(X, Y, cache)
    before_p, before_g = copy_of(parameters), copy_of(gradients)
    sub.gradient_check_n(parameters, gradients, X, Y)
    expect(parameters, before_p, "parameters after the check")
    expect(gradients, before_g, "gradients after the check")
