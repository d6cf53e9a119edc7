"""Hidden tests: fresh shapes and seeds, compared with the reference solution and with
properties that give the classic mistakes away."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

# (n_x, n_h, n_y, m): never square, so a transposed matrix cannot slip through.
SHAPES = [(2, 4, 1, 7), (3, 5, 1, 11), (5, 3, 2, 6)]
SEEDS = [4, 19, 77]


def random_problem(seed, n_x, n_h, n_y, m, scale=0.5):
    """Random data, 0/1 labels and parameters of a visible size (not 0.01)."""
    rng = np.random.default_rng(seed)
    X = rng.normal(0, 1.5, (n_x, m))
    Y = (rng.random((n_y, m)) > 0.5).astype(float)
    parameters = {"W1": rng.normal(0, scale, (n_h, n_x)), "b1": rng.normal(0, scale, (n_h, 1)),
                  "W2": rng.normal(0, scale, (n_y, n_h)), "b2": rng.normal(0, scale, (n_y, 1))}
    return X, Y, parameters


def copy_of(parameters):
    return {k: np.array(v, copy=True) for k, v in parameters.items()}


@pytest.mark.parametrize("n_x, m, n_y", [(2, 400, 1), (7, 3, 1), (3, 10, 5)])
def test_layer_sizes_shapes(n_x, m, n_y):
    """n_x is the number of ROWS of X (features), n_y the number of ROWS of Y; n_h is 4.
    Return them as a tuple in the order (n_x, n_h, n_y)."""
    sizes = sub.layer_sizes(np.ones((n_x, m)), np.ones((n_y, m)))
    expect(sizes, (n_x, 4, n_y), f"layer_sizes(X {(n_x, m)}, Y {(n_y, m)})")


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_x, n_h, n_y, m", SHAPES)
def test_initialize_parameters_matches(seed, n_x, n_h, n_y, m):
    """W1 = np.random.randn(n_h, n_x) * 0.01, then W2 = np.random.randn(n_y, n_h) * 0.01,
    in that order; both biases are zeros of shape (rows, 1)."""
    np.random.seed(seed)
    mine = sub.initialize_parameters(n_x, n_h, n_y)
    np.random.seed(seed)
    expect(mine, reference().initialize_parameters(n_x, n_h, n_y),
           f"initialize_parameters({n_x}, {n_h}, {n_y})")


def test_initialize_parameters_small_and_different():
    """The weights are SMALL (standard deviation 0.01, from randn, not rand) and not all equal:
    equal weights make every hidden unit learn the same thing."""
    np.random.seed(1)
    parameters = sub.initialize_parameters(40, 50, 1)
    W1 = parameters["W1"]
    assert W1.shape == (50, 40), f"W1 has shape {W1.shape}, expected (n_h, n_x) = (50, 40)"
    assert 0.008 < W1.std() < 0.012, f"W1's standard deviation is {W1.std():.4g}, not about 0.01"
    assert abs(W1.mean()) < 0.002, f"W1's mean is {W1.mean():.4g}: randn is centred on 0"
    assert not np.any(parameters["b1"]), "b1 should be zeros"


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_x, n_h, n_y, m", SHAPES)
def test_forward_propagation_matches(seed, n_x, n_h, n_y, m):
    """Z1 = W1 X + b1, A1 = tanh(Z1), Z2 = W2 A1 + b2, A2 = sigmoid(Z2): tanh in the hidden
    layer, sigmoid at the output, biases added, and every value stored in the cache."""
    X, _, parameters = random_problem(seed, n_x, n_h, n_y, m)
    expect(sub.forward_propagation(X, parameters), reference().forward_propagation(X, parameters),
           "forward_propagation(X, parameters)")


def test_forward_propagation_hidden_layer_is_tanh():
    """The hidden activation is tanh: A1 lies in (-1, 1) and is negative where Z1 is."""
    X, _, parameters = random_problem(5, 3, 6, 1, 20, scale=1.0)
    _, cache = sub.forward_propagation(X, parameters)
    expect(cache["A1"], np.tanh(cache["Z1"]), "cache['A1'] compared with tanh(cache['Z1'])")


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("m", [1, 6, 50])
def test_compute_cost_matches(seed, m):
    """The cost is -(1/m) * sum(Y log(A2) + (1 - Y) log(1 - A2)): natural log, both terms,
    a minus sign, and divided by m."""
    rng = np.random.default_rng(seed)
    A2 = rng.uniform(0.02, 0.98, (1, m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    expect(sub.compute_cost(A2, Y), reference().compute_cost(A2, Y), "compute_cost(A2, Y)",
           strict_type=True)


def test_compute_cost_both_labels_count():
    """An example labelled 0 costs -log(1 - a): with A2 = 0.5 everywhere the cost is log 2,
    whatever the labels; with every label 0 and A2 = 0.9 it is -log(0.1)."""
    expect(sub.compute_cost(np.full((1, 8), 0.5), np.array([[0, 1] * 4])), float(np.log(2)),
           "compute_cost(0.5 everywhere, Y)", strict_type=True)
    expect(sub.compute_cost(np.full((1, 5), 0.9), np.zeros((1, 5))), float(-np.log(0.1)),
           "compute_cost(0.9 everywhere, all labels 0)", strict_type=True)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_x, n_h, n_y, m", SHAPES)
def test_backward_propagation_matches(seed, n_x, n_h, n_y, m):
    """dZ2 = A2 - Y; dW2 = (1/m) dZ2 A1^T; db2 = (1/m) sum(dZ2, axis=1, keepdims=True);
    dZ1 = W2^T dZ2 * (1 - A1^2) (tanh's slope); dW1 = (1/m) dZ1 X^T; db1 likewise."""
    X, Y, parameters = random_problem(seed, n_x, n_h, n_y, m)
    _, cache = reference().forward_propagation(X, parameters)
    expect(sub.backward_propagation(parameters, copy_of(cache), X, Y),
           reference().backward_propagation(parameters, cache, X, Y),
           "backward_propagation(parameters, cache, X, Y)")


def test_backward_propagation_matches_numerical_gradient():
    """Each gradient is the slope of the cost: nudging a weight by eps changes the cost by
    about eps * gradient. Check the averaging by 1/m and tanh's derivative 1 - A1**2."""
    X, Y, parameters = random_problem(8, 2, 3, 1, 9, scale=0.8)
    ref = reference()
    _, cache = ref.forward_propagation(X, parameters)
    grads = sub.backward_propagation(parameters, cache, X, Y)
    eps = 1e-6
    for name in ("W1", "b1", "W2", "b2"):
        numeric = np.zeros_like(parameters[name])
        for index in np.ndindex(numeric.shape):
            plus, minus = copy_of(parameters), copy_of(parameters)
            plus[name][index] += eps
            minus[name][index] -= eps
            numeric[index] = (ref.compute_cost(ref.forward_propagation(X, plus)[0], Y)
                              - ref.compute_cost(ref.forward_propagation(X, minus)[0], Y)) / (2 * eps)
        expect(grads["d" + name], numeric, f"grads['d{name}'] against the numerical slope",
               rtol=1e-4, atol=1e-7)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("learning_rate", [1.2, 0.05])
def test_update_parameters_matches(seed, learning_rate):
    """Every parameter moves AGAINST its gradient: theta = theta - learning_rate * dtheta, for
    W1, b1, W2 and b2, using the learning_rate you are given."""
    X, Y, parameters = random_problem(seed, 3, 5, 1, 8)
    ref = reference()
    grads = ref.backward_propagation(parameters, ref.forward_propagation(X, parameters)[1], X, Y)
    expect(sub.update_parameters(copy_of(parameters), grads, learning_rate),
           ref.update_parameters(parameters, grads, learning_rate),
           f"update_parameters(parameters, grads, {learning_rate})")


def test_update_parameters_default_rate():
    """Without a learning_rate argument the step is 1.2 (the default in the signature)."""
    X, Y, parameters = random_problem(12, 2, 4, 1, 5)
    ref = reference()
    grads = ref.backward_propagation(parameters, ref.forward_propagation(X, parameters)[1], X, Y)
    expect(sub.update_parameters(copy_of(parameters), grads),
           ref.update_parameters(parameters, grads), "update_parameters(parameters, grads)")


def test_update_parameters_lowers_the_cost():
    """A small step against the gradient must LOWER the cost (a plus sign climbs instead)."""
    X, Y, parameters = random_problem(21, 2, 4, 1, 30)
    ref = reference()
    A2, cache = ref.forward_propagation(X, parameters)
    grads = ref.backward_propagation(parameters, cache, X, Y)
    new = sub.update_parameters(copy_of(parameters), grads, 0.1)
    before = ref.compute_cost(A2, Y)
    after = ref.compute_cost(ref.forward_propagation(X, new)[0], Y)
    assert after < before, f"the cost went from {before:.6f} to {after:.6f} after one step"


@pytest.mark.parametrize("seed, n_h, iterations", [(2, 4, 1), (5, 3, 40), (9, 6, 150)])
def test_nn_model_matches(seed, n_h, iterations):
    """nn_model initializes ONCE with layer_sizes' n_x and n_y and YOUR n_h argument, then runs
    exactly num_iterations rounds of forward, cost, backward and
    parameters = update_parameters(parameters, grads)."""
    rng = np.random.default_rng(seed)
    X = rng.normal(0, 1, (3, 12))
    Y = (X[0:1] * X[1:2] > 0).astype(float)
    np.random.seed(seed)
    mine = sub.nn_model(X, Y, n_h, num_iterations=iterations)
    np.random.seed(seed)
    expect(mine, reference().nn_model(X, Y, n_h, num_iterations=iterations),
           f"nn_model(X, Y, n_h={n_h}, num_iterations={iterations})", rtol=1e-4, atol=1e-8)


def test_nn_model_learns():
    """After training, the cost is far below its starting value log 2 = 0.693: the parameters
    returned must be the UPDATED ones."""
    rng = np.random.default_rng(31)
    X = rng.normal(0, 1, (2, 40))
    Y = (X[0:1] ** 2 + X[1:2] ** 2 > 1).astype(float)
    np.random.seed(31)
    parameters = sub.nn_model(X, Y, 5, num_iterations=2000)
    ref = reference()
    cost = ref.compute_cost(ref.forward_propagation(X, parameters)[0], Y)
    assert cost < 0.3, f"after 2000 iterations the cost is still {cost:.4f}"


@pytest.mark.parametrize("seed", SEEDS)
def test_predict_matches(seed):
    """Predict 1 where A2 (the sigmoid output, a probability) is above 0.5, else 0."""
    X, _, parameters = random_problem(seed, 2, 4, 1, 60, scale=1.0)
    expected = np.asarray(reference().predict(parameters, X), dtype=float)
    predictions = sub.predict(parameters, X)
    assert isinstance(predictions, np.ndarray), "predict must return a numpy array"
    expect(predictions.astype(float), expected, "predict(parameters, X)")


def test_predict_threshold_is_on_the_probability():
    """The threshold 0.5 applies to A2, not to Z2: a point with Z2 = 0.3 has A2 = 0.574, which
    is a 1."""
    parameters = {"W1": np.eye(2)[:1] * 0.0, "b1": np.zeros((1, 1)),
                  "W2": np.zeros((1, 1)), "b2": np.array([[0.3]])}
    predictions = sub.predict(parameters, np.ones((2, 4)))
    expect(np.asarray(predictions, dtype=float), np.ones((1, 4)),
           "predict with Z2 = 0.3 everywhere")
