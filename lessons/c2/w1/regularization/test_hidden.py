"""Hidden tests: other shapes (never square), seeds, lambdas and keep_probs, compared with the
reference and with properties: numerical slopes, sums of squares, statistics of the masks."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

# (n_x, n1, n2, m): layer sizes of a 3-layer network and the number of examples.
SHAPES = [(2, 5, 3, 7), (4, 6, 2, 9), (3, 20, 3, 12)]
SEEDS = [2, 11]


def problem(seed, n_x, n1, n2, m, scale=0.8):
    """Random data, 0/1 labels and parameters (biases included, so they are never zero)."""
    rng = np.random.default_rng(seed)
    X = rng.normal(0, 1, (n_x, m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    sizes = [n_x, n1, n2, 1]
    parameters = {}
    for l in range(1, 4):
        parameters[f"W{l}"] = rng.normal(0, scale, (sizes[l], sizes[l - 1]))
        parameters[f"b{l}"] = rng.normal(0, 0.3, (sizes[l], 1))
    return X, Y, parameters


def copy_of(value):
    if isinstance(value, dict):
        return {k: np.array(v, copy=True) for k, v in value.items()}
    return tuple(np.array(v, copy=True) for v in value)


def numerical_gradient(cost_of, parameters, name, eps=1e-6):
    """Central differences of cost_of(parameters) with respect to parameters[name]."""
    slope = np.zeros_like(parameters[name])
    for index in np.ndindex(slope.shape):
        plus, minus = copy_of(parameters), copy_of(parameters)
        plus[name][index] += eps
        minus[name][index] -= eps
        slope[index] = (cost_of(plus) - cost_of(minus)) / (2 * eps)
    return slope


# ------------------------------------------------------------- compute_cost_with_regularization

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("lambd", [0.1, 0.7, 3.0])
def test_compute_cost_with_regularization_matches(seed, shape, lambd):
    """cost = cross-entropy + (lambd / (2 m)) * (sum of W1**2 + sum of W2**2 + sum of W3**2):
    every squared weight once, m = number of examples, and the 2 in the denominator."""
    X, Y, parameters = problem(seed, *shape)
    ref = reference()
    A3, _ = ref.forward_propagation(X, parameters)
    expected = ref.compute_cost_with_regularization(A3, Y, copy_of(parameters), lambd)
    expect(sub.compute_cost_with_regularization(A3, Y, parameters, lambd), expected,
           f"compute_cost_with_regularization(A3, Y, parameters, lambd={lambd})")


def test_compute_cost_with_regularization_penalty_formula():
    """With all-ones weights the penalty is (lambd / (2 m)) times the NUMBER of weights: here
    (0.5 / (2 * 4)) * (6 + 6 + 2) = 0.875 on top of the cross-entropy. Square each weight
    before summing (not the sum), and use no absolute values."""
    ones = {"W1": np.ones((3, 2)), "b1": np.zeros((3, 1)), "W2": np.ones((2, 3)),
            "b2": np.zeros((2, 1)), "W3": np.ones((1, 2)), "b3": np.zeros((1, 1))}
    A3 = np.array([[0.3, 0.6, 0.8, 0.5]])
    Y = np.array([[0, 1, 1, 0]])
    cross_entropy = reference().compute_cost(A3, Y)
    expect(sub.compute_cost_with_regularization(A3, Y, ones, 0.5), cross_entropy + 0.875,
           "cost with all-ones weights, lambd=0.5, m=4")
    halves = {k: v * (-0.5) for k, v in ones.items()}
    expect(sub.compute_cost_with_regularization(A3, Y, halves, 0.5),
           cross_entropy + 0.875 / 4, "cost with all weights -0.5 (squares are 0.25)")


def test_compute_cost_with_regularization_divides_by_m():
    """The penalty is divided by m: the same data written twice (2m examples) has the same
    cross-entropy but HALF the penalty."""
    X, Y, parameters = problem(5, 2, 5, 3, 6)
    A3, _ = reference().forward_propagation(X, parameters)
    once = sub.compute_cost_with_regularization(A3, Y, parameters, 1.0)
    twice = sub.compute_cost_with_regularization(np.tile(A3, 2), np.tile(Y, 2), parameters, 1.0)
    cross_entropy = reference().compute_cost(A3, Y)
    expect(twice - cross_entropy, (once - cross_entropy) / 2,
           "penalty with the examples written twice")


def test_compute_cost_with_regularization_ignores_biases():
    """Only the weights W1, W2, W3 are penalized, never the biases."""
    X, Y, parameters = problem(8, 3, 4, 2, 5)
    A3, _ = reference().forward_propagation(X, parameters)
    expected = reference().compute_cost_with_regularization(A3, Y, copy_of(parameters), 0.7)
    big_biases = {k: (v + 50.0 if k.startswith("b") else v) for k, v in parameters.items()}
    expect(sub.compute_cost_with_regularization(A3, Y, big_biases, 0.7), expected,
           "cost with the same weights but large biases")


# ------------------------------------------------------------- backward with regularization

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("lambd", [0.7, 2.5])
def test_backward_propagation_with_regularization_matches(seed, shape, lambd):
    """Each weight gradient gains (lambd / m) * W[l]: dW3 = (1/m) dZ3 A2^T + (lambd/m) W3, and
    the same for dW2 and dW1. The biases' gradients do not change."""
    X, Y, parameters = problem(seed, *shape)
    ref = reference()
    _, cache = ref.forward_propagation(X, parameters)
    expected = ref.backward_propagation_with_regularization(X, Y, copy_of(cache), lambd)
    expect(sub.backward_propagation_with_regularization(X, Y, cache, lambd), expected,
           f"backward_propagation_with_regularization(X, Y, cache, lambd={lambd})")


@pytest.mark.parametrize("name", ["W1", "W2", "W3"])
def test_backward_propagation_with_regularization_is_the_slope_of_the_cost(name):
    """dW[l] must be the slope of the REGULARIZED cost: the derivative of
    (lambd / (2m)) * W**2 is (lambd / m) * W (the 2 cancels), for every layer."""
    X, Y, parameters = problem(21, 3, 4, 2, 8)
    ref = reference()
    lambd = 1.5

    def cost_of(p):
        return ref.compute_cost_with_regularization(ref.forward_propagation(X, p)[0], Y, p,
                                                    lambd)

    slope = numerical_gradient(cost_of, parameters, name)
    _, cache = ref.forward_propagation(X, parameters)
    grads = sub.backward_propagation_with_regularization(X, Y, cache, lambd)
    expect(grads["d" + name], slope, f"d{name} against the numerical slope", rtol=1e-4,
           atol=1e-7)


def test_backward_propagation_with_regularization_lambda_zero():
    """With lambd = 0 the gradients are exactly those of plain backpropagation."""
    X, Y, parameters = problem(4, 2, 6, 3, 10)
    ref = reference()
    _, cache = ref.forward_propagation(X, parameters)
    expect(sub.backward_propagation_with_regularization(X, Y, cache, 0.0),
           ref.backward_propagation(X, Y, copy_of(cache)), "gradients with lambd=0")


# ------------------------------------------------------------- forward with dropout

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("keep_prob", [0.5, 0.86])
def test_forward_propagation_with_dropout_matches(seed, shape, keep_prob):
    """For each hidden layer: D = np.random.rand(*A.shape) (layer 1 first), D = (D < keep_prob)
    as 0/1, A = A * D, A = A / keep_prob. The output layer is never dropped."""
    X, _, parameters = problem(seed, *shape)
    np.random.seed(seed)
    expected = reference().forward_propagation_with_dropout(X, copy_of(parameters), keep_prob)
    np.random.seed(seed)
    expect(sub.forward_propagation_with_dropout(X, parameters, keep_prob), expected,
           f"forward_propagation_with_dropout(X, parameters, keep_prob={keep_prob})")


def test_forward_propagation_with_dropout_keeps_the_right_share():
    """Each unit is KEPT with probability keep_prob: about 80 % of D1 and D2 are 1 when
    keep_prob = 0.8 (rand < keep_prob, from the uniform np.random.rand)."""
    X, _, parameters = problem(3, 2, 10, 6, 4000)
    np.random.seed(0)
    _, cache = sub.forward_propagation_with_dropout(X, parameters, 0.8)
    for label, D in (("D1", cache[1]), ("D2", cache[6])):
        D = np.asarray(D, dtype=float)
        assert set(np.unique(D)) <= {0.0, 1.0}, f"{label} must hold only 0 and 1"
        assert abs(D.mean() - 0.8) < 0.02, f"{label} keeps {D.mean():.3f} of the units, not 0.8"


def test_forward_propagation_with_dropout_preserves_the_expected_value():
    """Inverted dropout divides the kept activations by keep_prob, so that ON AVERAGE A1 is
    the same as without dropout (neither smaller nor larger)."""
    X, _, parameters = problem(6, 2, 10, 6, 4000)
    plain = np.maximum(0, np.dot(parameters["W1"], X) + parameters["b1"])
    np.random.seed(1)
    _, cache = sub.forward_propagation_with_dropout(X, parameters, 0.6)
    ratio = np.asarray(cache[2]).mean() / plain.mean()
    assert abs(ratio - 1) < 0.03, (
        f"mean of A1 with dropout / without dropout = {ratio:.3f}, expected about 1")


def test_forward_propagation_with_dropout_keep_all():
    """With keep_prob = 1 nothing is dropped and nothing is scaled: A3 is the plain output."""
    X, _, parameters = problem(9, 3, 5, 2, 6)
    expected, _ = reference().forward_propagation(X, copy_of(parameters))
    np.random.seed(2)
    A3, _ = sub.forward_propagation_with_dropout(X, parameters, 1.0)
    expect(A3, expected, "A3 with keep_prob=1")


# ------------------------------------------------------------- backward with dropout

def dropout_cache(seed, shape, keep_prob):
    X, Y, parameters = problem(seed, *shape)
    np.random.seed(seed + 100)
    _, cache = reference().forward_propagation_with_dropout(X, parameters, keep_prob)
    return X, Y, parameters, cache


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("keep_prob", [0.5, 0.8])
def test_backward_propagation_with_dropout_matches(seed, shape, keep_prob):
    """Shut down the same units on the way back: dA2 = dA2 * D2 / keep_prob, then
    dA1 = dA1 * D1 / keep_prob (dA1 and dA2 are part of the returned gradients)."""
    X, Y, _, cache = dropout_cache(seed, shape, keep_prob)
    expected = reference().backward_propagation_with_dropout(X, Y, copy_of(cache), keep_prob)
    expect(sub.backward_propagation_with_dropout(X, Y, cache, keep_prob), expected,
           f"backward_propagation_with_dropout(X, Y, cache, keep_prob={keep_prob})")


@pytest.mark.parametrize("name", ["W1", "W2", "W3", "b1"])
def test_backward_propagation_with_dropout_is_the_slope_of_the_cost(name):
    """With the masks held fixed, the gradients are the slope of the dropout network's cost:
    both the mask AND the division by keep_prob must be applied to dA2 and to dA1."""
    X, Y, parameters = problem(30, 3, 6, 4, 9)
    ref = reference()
    keep_prob = 0.7

    def cost_of(p):
        np.random.seed(77)  # the same masks every time
        return ref.compute_cost(ref.forward_propagation_with_dropout(X, p, keep_prob)[0], Y)

    slope = numerical_gradient(cost_of, parameters, name)
    np.random.seed(77)
    _, cache = ref.forward_propagation_with_dropout(X, parameters, keep_prob)
    grads = sub.backward_propagation_with_dropout(X, Y, cache, keep_prob)
    expect(grads["d" + name], slope, f"d{name} against the numerical slope", rtol=1e-4,
           atol=1e-7)


def test_backward_propagation_with_dropout_dropped_units_get_no_gradient():
    """A unit that was dropped did not contribute, so its dA is exactly 0 where D is 0."""
    X, Y, _, cache = dropout_cache(40, (2, 8, 5, 30), 0.5)
    grads = sub.backward_propagation_with_dropout(X, Y, cache, 0.5)
    D1, D2 = cache[1], cache[6]
    assert np.all(np.asarray(grads["dA1"])[D1 == 0] == 0), "dA1 is not 0 where D1 is 0"
    assert np.all(np.asarray(grads["dA2"])[D2 == 0] == 0), "dA2 is not 0 where D2 is 0"
