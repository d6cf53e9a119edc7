"""Hidden tests: fresh shapes, seeds and hyperparameters, compared with the reference solution
or with properties that any correct answer has."""

import math

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

# (n_x, m) pairs: never square, so a transposed X cannot slip through.
SHAPES = [(3, 7), (5, 2), (4, 11)]


def _problem(n_x, m, seed):
    """A random problem whose labels mix 0s and 1s, with non-zero weights and bias."""
    rng = np.random.default_rng(seed)
    X = rng.normal(0, 1, size=(n_x, m))
    w = rng.normal(0, 0.6, size=(n_x, 1))
    b = float(rng.normal(0, 0.8)) + 0.4
    Y = (rng.random((1, m)) < 1 / (1 + np.exp(-(w.T @ X + b)))).astype(int)
    Y[0, 0], Y[0, 1] = 1, 0
    return w, b, X, Y


def _cost(w, b, X, Y):
    """The cross-entropy cost written out independently, for finite differences."""
    a = 1 / (1 + np.exp(-(w.T @ X + b)))
    return float(-np.mean(Y * np.log(a) + (1 - Y) * np.log(1 - a)))


def _number(value, name):
    """The value as a float, after checking it is a single number and not an array."""
    assert np.ndim(value) == 0, (
        f"{name} should be a single number, got an array of shape {np.shape(value)}")
    return float(value)


# ---------------------------------------------------------------------------- sigmoid

@pytest.mark.parametrize("shape", [(3, 5), (1, 9), (6, 2)])
def test_sigmoid_matrix(shape):
    """sigmoid works element by element on arrays of any shape: 1 / (1 + np.exp(-z))."""
    z = np.random.default_rng(shape[0] * 7 + shape[1]).normal(0, 3, size=shape)
    expect(sub.sigmoid(z), reference().sigmoid(z), "sigmoid(z)")


def test_sigmoid_symmetry_and_centre():
    """sigmoid(0) is exactly 0.5 and sigmoid(-z) = 1 - sigmoid(z): check the minus sign and
    the parentheses around 1 + e^(-z)."""
    z = np.linspace(-5, 5, 11)
    expect(sub.sigmoid(np.array([0.0])), np.array([0.5]), "sigmoid(0)")
    expect(sub.sigmoid(-z), 1 - 1 / (1 + np.exp(-z)), "sigmoid(-z)")


# ---------------------------------------------------------------------------- initialize

@pytest.mark.parametrize("dim", [1, 4, 12288])
def test_initialize_with_zeros_shapes(dim):
    """w is a COLUMN of zeros, shape (dim, 1): np.zeros((dim, 1)), with the shape as a tuple."""
    w, _b = sub.initialize_with_zeros(dim)
    expect(w, np.zeros((dim, 1)), "w")


@pytest.mark.parametrize("dim", [2, 7])
def test_initialize_with_zeros_bias_is_a_float(dim):
    """b must be the plain Python float 0.0: not the int 0 and not a numpy array."""
    _w, b = sub.initialize_with_zeros(dim)
    expect(b, 0.0, "b", strict_type=True)


# ---------------------------------------------------------------------------- propagate

@pytest.mark.parametrize("shape", SHAPES)
def test_propagate_random(shape):
    """A = sigmoid(w.T X + b); cost = -(1/m) sum(Y log A + (1-Y) log(1-A));
    dw = (1/m) X (A-Y).T; db = (1/m) sum(A-Y). Do not forget b, the minus sign or the 1/m."""
    w, b, X, Y = _problem(*shape, seed=sum(shape))
    grads, cost = sub.propagate(w, b, X, Y)
    ref_grads, ref_cost = reference().propagate(w, b, X, Y)
    expect(grads["dw"], ref_grads["dw"], "grads['dw']")
    expect(_number(grads["db"], "grads['db']"), float(ref_grads["db"]), "grads['db']")
    expect(_number(cost, "cost"), ref_cost, "cost")


def test_propagate_shapes():
    """dw has the shape of w (n_x, 1); db and the cost are single numbers, not (1, 1) arrays."""
    w, b, X, Y = _problem(6, 9, seed=5)
    grads, cost = sub.propagate(w, b, X, Y)
    assert isinstance(grads, dict), "propagate returns (grads, cost) with grads a dict"
    assert np.shape(grads["dw"]) == w.shape, (
        f"dw has shape {np.shape(grads['dw'])}, w has shape {w.shape}")
    _number(grads["db"], "grads['db']")
    _number(cost, "cost")


def test_propagate_at_zero_weights():
    """With w = 0 and b = 0 every A is 0.5, so the cost is log(2) whatever the data, and
    dw = (1/m) X (0.5 - Y).T. A different cost points at the loss formula or its sign."""
    _w, _b, X, Y = _problem(4, 10, seed=8)
    grads, cost = sub.propagate(np.zeros((4, 1)), 0.0, X, Y)
    expect(_number(cost, "cost"), math.log(2), "cost at w = 0, b = 0")
    expect(grads["dw"], X @ (0.5 - Y).T / 10, "grads['dw'] at w = 0, b = 0")
    expect(_number(grads["db"], "grads['db']"), float(np.mean(0.5 - Y)),
           "grads['db'] at w = 0, b = 0")


def test_propagate_gradient_matches_the_cost_slope():
    """dw and db are the slopes of the cost: nudging w[j] by eps changes J by about eps * dw[j].
    The gradient is (A - Y), not (Y - A), and it is averaged over m like the cost."""
    w, b, X, Y = _problem(3, 8, seed=21)
    grads, _unused = sub.propagate(w, b, X, Y)
    eps = 1e-6
    numeric_dw = np.zeros_like(w)
    for j in range(w.shape[0]):
        step = np.zeros_like(w)
        step[j, 0] = eps
        numeric_dw[j, 0] = (_cost(w + step, b, X, Y) - _cost(w - step, b, X, Y)) / (2 * eps)
    numeric_db = (_cost(w, b + eps, X, Y) - _cost(w, b - eps, X, Y)) / (2 * eps)
    expect(grads["dw"], numeric_dw, "grads['dw']", rtol=1e-4, atol=1e-7)
    expect(_number(grads["db"], "grads['db']"), numeric_db, "grads['db']", rtol=1e-4,
           atol=1e-7)


# ---------------------------------------------------------------------------- optimize

@pytest.mark.parametrize("shape,iterations,rate", [((3, 7), 250, 0.05), ((5, 12), 120, 0.3)])
def test_optimize_random(shape, iterations, rate):
    """Each iteration: grads, cost = propagate(w, b, X, Y); then w = w - learning_rate * dw and
    b = b - learning_rate * db. Record the cost at iterations 0, 100, 200, ..."""
    w, b, X, Y = _problem(*shape, seed=shape[0] + iterations)
    params, grads, costs = sub.optimize(w, b, X, Y, num_iterations=iterations,
                                        learning_rate=rate)
    ref_params, ref_grads, ref_costs = reference().optimize(w, b, X, Y, num_iterations=iterations,
                                                            learning_rate=rate)
    expect(params["w"], ref_params["w"], "params['w']")
    expect(_number(params["b"], "params['b']"), float(ref_params["b"]), "params['b']")
    expect(grads["dw"], ref_grads["dw"], "grads['dw']")
    expect(costs, ref_costs, "costs")


@pytest.mark.parametrize("iterations,expected_length", [(1, 1), (100, 1), (101, 2), (350, 4)])
def test_optimize_records_cost_every_100(iterations, expected_length):
    """costs is a list with the cost of iterations 0, 100, 200, ...: append when i % 100 == 0,
    which includes the very first iteration."""
    w, b, X, Y = _problem(2, 5, seed=iterations)
    _params, _grads, costs = sub.optimize(w, b, X, Y, num_iterations=iterations,
                                          learning_rate=0.01)
    assert isinstance(costs, list), f"costs should be a list, got {type(costs).__name__}"
    assert len(costs) == expected_length, (
        f"{iterations} iterations should record {expected_length} costs, got {len(costs)}")
    _grads0, first_cost = reference().propagate(w, b, X, Y)
    expect(_number(costs[0], "costs[0]"), first_cost, "costs[0] (the cost before any step)")


def test_optimize_cost_goes_down():
    """Gradient DEScent: subtract learning_rate * gradient. With a small rate the recorded
    costs must fall every time."""
    w, b, X, Y = _problem(4, 20, seed=3)
    _params, _grads, costs = sub.optimize(w, b, X, Y, num_iterations=600, learning_rate=0.05)
    values = [_number(c, "cost") for c in costs]
    assert len(values) == 6, f"600 iterations should record 6 costs, got {len(values)}"
    assert np.all(np.diff(values) < 0), (
        f"the cost should fall, but went {[round(v, 5) for v in values]}")


def test_optimize_one_step():
    """One iteration from w, b moves both: w - learning_rate * dw AND b - learning_rate * db,
    using the learning_rate argument."""
    w, b, X, Y = _problem(3, 6, seed=14)
    ref_grads, _cost = reference().propagate(w, b, X, Y)
    params, _grads, _costs = sub.optimize(w, b, X, Y, num_iterations=1, learning_rate=0.7)
    expect(params["w"], w - 0.7 * ref_grads["dw"], "params['w'] after one step")
    expect(_number(params["b"], "params['b']"), b - 0.7 * float(ref_grads["db"]),
           "params['b'] after one step")


def test_optimize_gradients_are_recomputed():
    """propagate must be called INSIDE the loop, once per iteration, with the current w and b:
    the returned grads are those of the last iteration."""
    w, b, X, Y = _problem(3, 9, seed=30)
    params, grads, _costs = sub.optimize(w, b, X, Y, num_iterations=40, learning_rate=0.2)
    _ref_params, ref_grads, _ref_costs = reference().optimize(w, b, X, Y, num_iterations=40,
                                                              learning_rate=0.2)
    expect(grads["dw"], ref_grads["dw"], "grads['dw'] of the last iteration")
    expect(_number(grads["db"], "grads['db']"), float(ref_grads["db"]), "grads['db']")


# ---------------------------------------------------------------------------- predict

@pytest.mark.parametrize("shape", SHAPES)
def test_predict_random(shape):
    """Compute A = sigmoid(w.T X + b) (with the bias), then 1 where A > 0.5 and 0 elsewhere."""
    w, b, X, _Y = _problem(*shape, seed=shape[1] * 3)
    expect(sub.predict(w, b, X), reference().predict(w, b, X), "predict(w, b, X)")


@pytest.mark.parametrize("b,label", [(3.0, 1.0), (-3.0, 0.0)])
def test_predict_bias_decides_when_weights_are_zero(b, label):
    """With w = 0 only the bias is left: sigmoid(b) decides every label. Add b to w.T X."""
    X = np.random.default_rng(2).normal(size=(4, 6))
    expect(sub.predict(np.zeros((4, 1)), b, X), np.full((1, 6), label), "predict(0, b, X)")


def test_predict_threshold_is_strict():
    """A probability of exactly 0.5 is NOT above 0.5, so it is labelled 0: use A > 0.5.
    Probabilities just above 0.5 are labelled 1."""
    w = np.array([[1.0], [-2.0], [0.5]])
    X = np.array([[2.0, 0.0, 0.25, 4.0],
                  [1.0, 0.0, 0.0, 2.0],
                  [0.0, 0.0, 0.0, 0.1]])
    expect(sub.predict(w, 0.0, X), np.array([[0.0, 0.0, 1.0, 1.0]]), "predict(w, 0, X)")


@pytest.mark.parametrize("m", [1, 13])
def test_predict_shape(m):
    """The predictions form a (1, m) row, not a rank-1 (m,) array."""
    w, b, X, _Y = _problem(3, max(m, 2), seed=m)
    result = sub.predict(w, b, X[:, :m])
    assert isinstance(result, np.ndarray), "predict returns a numpy array"
    assert result.shape == (1, m), f"expected shape (1, {m}), got {result.shape}"


def test_predict_uses_probabilities():
    """The 0.5 threshold applies to the probability A = sigmoid(z), not to z itself
    (sigmoid(z) > 0.5 is the same as z > 0)."""
    w = np.array([[1.0], [1.0]])
    X = np.array([[0.1, 0.2, 0.6, -0.3], [0.1, 0.1, 0.2, 0.1]])
    expect(sub.predict(w, 0.0, X), np.array([[1.0, 1.0, 1.0, 0.0]]), "predict(w, 0, X)")


# ---------------------------------------------------------------------------- model

def _split(n_x, m_train, m_test, seed):
    w, b, X, Y = _problem(n_x, m_train + m_test, seed)
    return X[:, :m_train], Y[:, :m_train], X[:, m_train:], Y[:, m_train:]


@pytest.mark.parametrize("n_x,m_train,m_test,iterations,rate",
                         [(4, 9, 5, 250, 0.03), (6, 15, 4, 130, 0.8)])
def test_model_random(n_x, m_train, m_test, iterations, rate):
    """model chains your functions: initialize_with_zeros(X_train.shape[0]), optimize on the
    TRAINING set with the given num_iterations and learning_rate, then predict on both sets."""
    data = _split(n_x, m_train, m_test, seed=n_x * m_train)
    d = sub.model(*data, num_iterations=iterations, learning_rate=rate)
    ref = reference().model(*data, num_iterations=iterations, learning_rate=rate)
    assert isinstance(d, dict), f"model returns a dict, got {type(d).__name__}"
    expect(d, ref, "d")


def test_model_passes_on_the_learning_rate():
    """model must hand ITS learning_rate argument to optimize (not optimize's default 0.009):
    two different rates must give two different weights."""
    data = _split(3, 10, 4, seed=77)
    slow = sub.model(*data, num_iterations=50, learning_rate=0.001)
    fast = sub.model(*data, num_iterations=50, learning_rate=0.3)
    ref_fast = reference().model(*data, num_iterations=50, learning_rate=0.3)
    assert not np.allclose(slow["w"], fast["w"]), "the learning rate had no effect on w"
    expect(fast["w"], ref_fast["w"], "d['w'] with learning_rate=0.3")


def test_model_passes_on_num_iterations():
    """model must hand ITS num_iterations argument to optimize (not optimize's default 100):
    330 iterations record 4 costs."""
    data = _split(3, 8, 3, seed=12)
    d = sub.model(*data, num_iterations=330, learning_rate=0.05)
    assert len(d["costs"]) == 4, f"330 iterations should record 4 costs, got {len(d['costs'])}"
    assert d["num_iterations"] == 330 and d["learning_rate"] == 0.05


def test_model_default_arguments():
    """Keep the signature: num_iterations=2000 and learning_rate=0.5 by default."""
    data = _split(2, 6, 3, seed=4)
    expect(sub.model(*data), reference().model(*data), "model(...) with the defaults")


def test_model_returns_trained_parameters():
    """d['w'] and d['b'] are the LEARNED parameters from optimize's params, not the zeros you
    started from; predictions on the training set come from X_train, on the test set from
    X_test."""
    data = _split(5, 12, 7, seed=99)
    d = sub.model(*data, num_iterations=200, learning_rate=0.1)
    ref = reference().model(*data, num_iterations=200, learning_rate=0.1)
    expect(d["w"], ref["w"], "d['w']")
    expect(_number(d["b"], "d['b']"), float(ref["b"]), "d['b']")
    expect(d["Y_prediction_train"], ref["Y_prediction_train"], "d['Y_prediction_train']")
    expect(d["Y_prediction_test"], ref["Y_prediction_test"], "d['Y_prediction_test']")
