"""Hidden tests: fresh sizes and seeds compared with the reference solution, the shape of every
cache entry, properties that give the classic mistakes away, and the backward passes checked
against numerical (finite-difference) gradients."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

# (n_x, n_a, n_y, m, T_x): n_x never equals n_a, and m never equals T_x, so swapped weights,
# a wrong concatenation or a wrong slicing axis cannot slip through.
SHAPES = [(3, 5, 2, 10, 4), (4, 2, 3, 7, 6), (1, 6, 4, 3, 5), (7, 3, 2, 1, 2)]
SEEDS = [3, 21]
GRAD_SHAPES = [(3, 4, 2, 3, 4), (2, 3, 3, 2, 3)]
LSTM_NAMES = ["Wf", "bf", "Wi", "bi", "Wc", "bc", "Wo", "bo"]


def rnn_problem(seed, n_x, n_a, n_y, m, T_x, scale=0.7):
    rng = np.random.default_rng(seed)
    parameters = {"Wax": rng.normal(0, scale, (n_a, n_x)), "Waa": rng.normal(0, scale, (n_a, n_a)),
                  "Wya": rng.normal(0, scale, (n_y, n_a)), "ba": rng.normal(0, scale, (n_a, 1)),
                  "by": rng.normal(0, scale, (n_y, 1))}
    x = rng.normal(0, 1, (n_x, m, T_x))
    a0 = rng.normal(0, 1, (n_a, m))
    return x, a0, parameters


def lstm_problem(seed, n_x, n_a, n_y, m, T_x, scale=0.7):
    rng = np.random.default_rng(seed)
    parameters = {}
    for gate in "fico":
        parameters["W" + gate] = rng.normal(0, scale, (n_a, n_a + n_x))
        parameters["b" + gate] = rng.normal(0, scale, (n_a, 1))
    parameters["Wy"] = rng.normal(0, scale, (n_y, n_a))
    parameters["by"] = rng.normal(0, scale, (n_y, 1))
    x = rng.normal(0, 1, (n_x, m, T_x))
    a0 = rng.normal(0, 1, (n_a, m))
    c_prev = rng.normal(0, 1, (n_a, m))
    return x, a0, c_prev, parameters


def copy_of(value):
    if isinstance(value, dict):
        return {k: copy_of(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(copy_of(v) for v in value)
    if isinstance(value, list):
        return [copy_of(v) for v in value]
    if isinstance(value, np.ndarray):
        return np.array(value, copy=True)
    return value


def numerical_gradient(loss, array, h=1e-6):
    """Central differences of loss() with respect to every entry of array (changed in place)."""
    grad = np.zeros_like(array)
    for index in np.ndindex(array.shape):
        old = array[index]
        array[index] = old + h
        plus = loss()
        array[index] = old - h
        minus = loss()
        array[index] = old
        grad[index] = (plus - minus) / (2 * h)
    return grad


# ---------------------------------------------------------------------------------------------
# rnn_cell_forward
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_x, n_a, n_y, m, T_x", SHAPES)
def test_rnn_cell_forward_matches(seed, n_x, n_a, n_y, m, T_x):
    """a_next = tanh(Waa a_prev + Wax xt + ba) (Waa multiplies a_prev, Wax multiplies xt, bias
    added), yt_pred = softmax(Wya a_next + by), cache = (a_next, a_prev, xt, parameters)."""
    x, a0, parameters = rnn_problem(seed, n_x, n_a, n_y, m, T_x)
    xt = x[:, :, 0]
    expected = reference().rnn_cell_forward(xt.copy(), a0.copy(), copy_of(parameters))
    expect(sub.rnn_cell_forward(xt, a0, parameters), expected,
           f"rnn_cell_forward with n_x={n_x}, n_a={n_a}, n_y={n_y}, m={m}")


@pytest.mark.parametrize("n_x, n_a, n_y, m, T_x", SHAPES)
def test_rnn_cell_forward_cache_shapes(n_x, n_a, n_y, m, T_x):
    """The cache is a TUPLE of 4 entries in this order: a_next (n_a, m), a_prev (n_a, m),
    xt (n_x, m) and the parameters dictionary itself."""
    x, a0, parameters = rnn_problem(5, n_x, n_a, n_y, m, T_x)
    a_next, yt_pred, cache = sub.rnn_cell_forward(x[:, :, 0], a0, parameters)
    assert isinstance(cache, tuple) and len(cache) == 4, "cache should be a tuple of 4 entries"
    shapes = [(n_a, m), (n_a, m), (n_x, m)]
    for i, (entry, shape) in enumerate(zip(cache[:3], shapes, strict=True)):
        assert np.shape(entry) == shape, f"cache[{i}] has shape {np.shape(entry)}, expected {shape}"
    assert np.array_equal(cache[0], a_next), "cache[0] should be a_next"
    assert np.array_equal(cache[1], a0), "cache[1] should be a_prev"
    assert isinstance(cache[3], dict) and set(cache[3]) >= {"Wax", "Waa", "Wya", "ba", "by"}, \
        "cache[3] should be the parameters dictionary"


def test_rnn_cell_forward_softmax_columns():
    """The softmax runs over axis 0: each COLUMN of yt_pred (one example) is a probability
    distribution over the n_y outputs, so every column sums to 1."""
    x, a0, parameters = rnn_problem(8, 3, 5, 4, 6, 2, scale=1.5)
    _, yt_pred, _ = sub.rnn_cell_forward(x[:, :, 0], a0, parameters)
    expect(np.sum(yt_pred, axis=0), np.ones(6), "the column sums of yt_pred")
    assert np.all(yt_pred > 0), "softmax outputs are positive"


def test_rnn_cell_forward_uses_tanh_and_bias():
    """With zero weights, a_next = tanh(ba): the activation is tanh (negative where ba is) and
    the bias ba must be added."""
    x, a0, parameters = rnn_problem(9, 3, 4, 2, 5, 2)
    parameters["Wax"] = np.zeros_like(parameters["Wax"])
    parameters["Waa"] = np.zeros_like(parameters["Waa"])
    parameters["ba"] = np.array([[-1.0], [0.5], [2.0], [-0.2]])
    a_next, _, _ = sub.rnn_cell_forward(x[:, :, 0], a0, parameters)
    expect(a_next, np.tile(np.tanh(parameters["ba"]), (1, 5)), "a_next with zero weights")


def test_rnn_cell_forward_leaves_inputs_alone():
    """Compute new arrays; do not modify xt, a_prev or the parameters in place."""
    x, a0, parameters = rnn_problem(11, 3, 4, 2, 5, 2)
    xt = x[:, :, 0].copy()
    before = copy_of((xt, a0, parameters))
    sub.rnn_cell_forward(xt, a0, parameters)
    expect((xt, a0, parameters), before, "(xt, a_prev, parameters) after the call")


# ---------------------------------------------------------------------------------------------
# rnn_forward
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_x, n_a, n_y, m, T_x", SHAPES)
def test_rnn_forward_matches(seed, n_x, n_a, n_y, m, T_x):
    """Loop over t: xt = x[:, :, t]; feed the PREVIOUS step's a_next (a0 only at t = 0) to
    rnn_cell_forward; store a_next in a[:, :, t] and yt_pred in y_pred[:, :, t]."""
    x, a0, parameters = rnn_problem(seed, n_x, n_a, n_y, m, T_x)
    expected_a, expected_y, _ = reference().rnn_forward(x.copy(), a0.copy(), copy_of(parameters))
    a, y_pred, caches = sub.rnn_forward(x, a0, parameters)
    expect(a, expected_a, "a")
    expect(y_pred, expected_y, "y_pred")


@pytest.mark.parametrize("n_x, n_a, n_y, m, T_x", SHAPES)
def test_rnn_forward_caches(n_x, n_a, n_y, m, T_x):
    """caches = (list, x): the list holds one cell cache per time step, in time order, and
    each step's a_prev is the a_next of the step before (a0 for the first)."""
    x, a0, parameters = rnn_problem(13, n_x, n_a, n_y, m, T_x)
    expected = reference().rnn_forward(x.copy(), a0.copy(), copy_of(parameters))[2]
    a, _, caches = sub.rnn_forward(x, a0, parameters)
    assert isinstance(caches, tuple) and len(caches) == 2, "caches should be the tuple (list, x)"
    assert len(caches[0]) == T_x, f"{len(caches[0])} caches in the list, expected T_x = {T_x}"
    expect(caches, expected, "caches")


def test_rnn_forward_state_carries_over():
    """The hidden state is carried from step to step: changing a0 must change the hidden state
    at EVERY later step, not only the first."""
    x, a0, parameters = rnn_problem(17, 2, 4, 3, 5, 6)
    expected_one = reference().rnn_forward(x.copy(), a0.copy(), copy_of(parameters))[0]
    a_one, _, _ = sub.rnn_forward(x.copy(), a0.copy(), copy_of(parameters))
    a_two, _, _ = sub.rnn_forward(x.copy(), a0 + 1.0, copy_of(parameters))
    expect(a_one, expected_one, "a")
    assert not np.allclose(a_one[:, :, 2:], a_two[:, :, 2:]), \
        "a0 does not influence the later steps: is a_next passed on from step to step?"


# ---------------------------------------------------------------------------------------------
# lstm_cell_forward
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_x, n_a, n_y, m, T_x", SHAPES)
def test_lstm_cell_forward_matches(seed, n_x, n_a, n_y, m, T_x):
    """concat = [a_prev; xt] (a_prev on top); sigmoid for the forget, update and output gates,
    tanh for the candidate; c_next = ft*c_prev + it*cct; a_next = ot*tanh(c_next)."""
    x, a0, c_prev, parameters = lstm_problem(seed, n_x, n_a, n_y, m, T_x)
    xt = x[:, :, 0]
    expected = reference().lstm_cell_forward(xt.copy(), a0.copy(), c_prev.copy(),
                                             copy_of(parameters))
    expect(sub.lstm_cell_forward(xt, a0, c_prev, parameters), expected,
           f"lstm_cell_forward with n_x={n_x}, n_a={n_a}, n_y={n_y}, m={m}")


@pytest.mark.parametrize("n_x, n_a, n_y, m, T_x", SHAPES)
def test_lstm_cell_forward_cache_shapes(n_x, n_a, n_y, m, T_x):
    """The cache has 10 entries in this order: a_next, c_next, a_prev, c_prev, ft, it, cct, ot
    (each (n_a, m)), then xt (n_x, m) and the parameters dictionary."""
    x, a0, c_prev, parameters = lstm_problem(6, n_x, n_a, n_y, m, T_x)
    a_next, c_next, _, cache = sub.lstm_cell_forward(x[:, :, 0], a0, c_prev, parameters)
    assert len(cache) == 10, f"the cache has {len(cache)} entries, expected 10"
    for i in range(8):
        assert np.shape(cache[i]) == (n_a, m), \
            f"cache[{i}] has shape {np.shape(cache[i])}, expected (n_a, m) = {(n_a, m)}"
    assert np.shape(cache[8]) == (n_x, m), f"cache[8] (xt) has shape {np.shape(cache[8])}"
    assert isinstance(cache[9], dict), "cache[9] should be the parameters dictionary"
    assert np.array_equal(cache[0], a_next) and np.array_equal(cache[1], c_next), \
        "cache[0] and cache[1] should be a_next and c_next"


def test_lstm_cell_forward_gates_are_sigmoids():
    """The three gates use the SIGMOID: ft, it and ot lie strictly between 0 and 1 (a tanh
    gate goes negative). The candidate cct uses tanh and may be negative."""
    x, a0, c_prev, parameters = lstm_problem(23, 3, 5, 2, 8, 2, scale=1.5)
    _, _, _, cache = sub.lstm_cell_forward(x[:, :, 0], a0, c_prev, parameters)
    for i, name in [(4, "ft"), (5, "it"), (7, "ot")]:
        gate = np.asarray(cache[i])
        assert np.all((gate > 0) & (gate < 1)), f"{name} has values outside (0, 1)"
    assert np.any(np.asarray(cache[6]) < 0), "cct (tanh) should have some negative values"


def test_lstm_cell_forward_memory_update():
    """c_next = ft * c_prev + it * cct and a_next = ot * tanh(c_next), checked from the gates
    you stored in the cache."""
    x, a0, c_prev, parameters = lstm_problem(29, 2, 4, 3, 6, 2)
    a_next, c_next, _, cache = sub.lstm_cell_forward(x[:, :, 0], a0, c_prev, parameters)
    ft, it, cct, ot = (np.asarray(cache[i]) for i in (4, 5, 6, 7))
    expect(c_next, ft * c_prev + it * cct, "c_next compared with ft*c_prev + it*cct")
    expect(a_next, ot * np.tanh(c_next), "a_next compared with ot*tanh(c_next)")


def test_lstm_cell_forward_leaves_inputs_alone():
    """Compute new arrays; do not modify xt, a_prev, c_prev or the parameters in place."""
    x, a0, c_prev, parameters = lstm_problem(31, 3, 4, 2, 5, 2)
    xt = x[:, :, 0].copy()
    before = copy_of((xt, a0, c_prev, parameters))
    sub.lstm_cell_forward(xt, a0, c_prev, parameters)
    expect((xt, a0, c_prev, parameters), before, "(xt, a_prev, c_prev, parameters) after the call")


# ---------------------------------------------------------------------------------------------
# lstm_forward
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_x, n_a, n_y, m, T_x", SHAPES)
def test_lstm_forward_matches(seed, n_x, n_a, n_y, m, T_x):
    """Start from a_next = a0 and c_next = zeros (n_a, m); at each step feed BOTH the previous
    a_next and c_next to lstm_cell_forward and store a, y and c; return (a, y, c, caches)."""
    x, a0, _, parameters = lstm_problem(seed, n_x, n_a, n_y, m, T_x)
    expected_a, expected_y, expected_c, _ = reference().lstm_forward(x.copy(), a0.copy(),
                                                                     copy_of(parameters))
    result = sub.lstm_forward(x, a0, parameters)
    assert isinstance(result, tuple) and len(result) == 4, "return the 4-tuple (a, y, c, caches)"
    a, y, c, _ = result
    expect(a, expected_a, "a")
    expect(y, expected_y, "y")
    expect(c, expected_c, "c")


@pytest.mark.parametrize("n_x, n_a, n_y, m, T_x", SHAPES)
def test_lstm_forward_caches(n_x, n_a, n_y, m, T_x):
    """caches = (list of T_x cell caches, x); the first cell gets c_prev = zeros and every later
    cell gets the previous step's c_next and a_next."""
    x, a0, _, parameters = lstm_problem(37, n_x, n_a, n_y, m, T_x)
    expected = reference().lstm_forward(x.copy(), a0.copy(), copy_of(parameters))[3]
    _, _, _, caches = sub.lstm_forward(x, a0, parameters)
    assert isinstance(caches, tuple) and len(caches) == 2, "caches should be the tuple (list, x)"
    assert len(caches[0]) == T_x, f"{len(caches[0])} caches in the list, expected T_x = {T_x}"
    expect(np.asarray(caches[0][0][3]), np.zeros((n_a, m)), "the first cell's c_prev")
    expect(caches, expected, "caches")


# ---------------------------------------------------------------------------------------------
# rnn_cell_backward
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_x, n_a, n_y, m, T_x", SHAPES)
def test_rnn_cell_backward_matches(seed, n_x, n_a, n_y, m, T_x):
    """dtanh = (1 - a_next**2) * da_next; dxt = Wax^T dtanh, dWax = dtanh xt^T,
    da_prev = Waa^T dtanh, dWaa = dtanh a_prev^T, dba = sum of dtanh over axis 1 (keepdims)."""
    x, a0, parameters = rnn_problem(seed, n_x, n_a, n_y, m, T_x)
    _, _, cache = reference().rnn_cell_forward(x[:, :, 0], a0, parameters)
    da_next = np.random.default_rng(seed + 1).normal(size=(n_a, m))
    expected = reference().rnn_cell_backward(da_next.copy(), copy_of(cache))
    expect(sub.rnn_cell_backward(da_next, copy_of(cache)), expected, "gradients")


@pytest.mark.parametrize("n_x, n_a, n_y, m, T_x", GRAD_SHAPES)
def test_rnn_cell_backward_numerical(n_x, n_a, n_y, m, T_x):
    """Compared with finite differences of L = sum(G * a_next): mind the tanh slope
    1 - a_next**2 (of the OUTPUT a_next) and the transposes."""
    x, a0, parameters = rnn_problem(41, n_x, n_a, n_y, m, T_x)
    xt = x[:, :, 0].copy()
    G = np.random.default_rng(42).normal(size=(n_a, m))

    def loss():
        return float(np.sum(G * reference().rnn_cell_forward(xt, a0, parameters)[0]))

    numeric = {"dxt": numerical_gradient(loss, xt), "da_prev": numerical_gradient(loss, a0)}
    for name in ("Wax", "Waa", "ba"):
        numeric["d" + name] = numerical_gradient(loss, parameters[name])
    _, _, cache = reference().rnn_cell_forward(xt, a0, parameters)
    expect(sub.rnn_cell_backward(G, cache), numeric, "gradients vs numerical gradients",
           rtol=1e-4, atol=1e-6)


# ---------------------------------------------------------------------------------------------
# rnn_backward
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_x, n_a, n_y, m, T_x", SHAPES)
def test_rnn_backward_matches(seed, n_x, n_a, n_y, m, T_x):
    """Go through time BACKWARDS; at each step the cell gets da[:, :, t] PLUS the da_prev that
    came from step t+1; add up dWax, dWaa and dba over the steps; da0 is the last da_prev."""
    x, a0, parameters = rnn_problem(seed, n_x, n_a, n_y, m, T_x)
    _, _, caches = reference().rnn_forward(x, a0, parameters)
    da = np.random.default_rng(seed + 2).normal(size=(n_a, m, T_x))
    expected = reference().rnn_backward(da.copy(), copy_of(caches))
    expect(sub.rnn_backward(da, copy_of(caches)), expected, "gradients")


@pytest.mark.parametrize("n_x, n_a, n_y, m, T_x", GRAD_SHAPES)
def test_rnn_backward_numerical(n_x, n_a, n_y, m, T_x):
    """Compared with finite differences of L = sum(G * a) over all time steps: the gradient of
    a hidden state collects what comes from its own step and from the step after it."""
    x, a0, parameters = rnn_problem(43, n_x, n_a, n_y, m, T_x)
    G = np.random.default_rng(44).normal(size=(n_a, m, T_x))

    def loss():
        return float(np.sum(G * reference().rnn_forward(x, a0, parameters)[0]))

    numeric = {"dx": numerical_gradient(loss, x), "da0": numerical_gradient(loss, a0)}
    for name in ("Wax", "Waa", "ba"):
        numeric["d" + name] = numerical_gradient(loss, parameters[name])
    _, _, caches = reference().rnn_forward(x, a0, parameters)
    expect(sub.rnn_backward(G, caches), numeric, "gradients vs numerical gradients",
           rtol=1e-4, atol=1e-6)


def test_rnn_backward_last_step_only():
    """With a gradient only at the LAST step, the earlier steps still get gradients: they flow
    back through da_prev, so dx[:, :, 0] and da0 are not zero."""
    x, a0, parameters = rnn_problem(47, 3, 4, 2, 5, 4)
    _, _, caches = reference().rnn_forward(x, a0, parameters)
    da = np.zeros((4, 5, 4))
    da[:, :, -1] = 1.0
    expected = reference().rnn_backward(da.copy(), copy_of(caches))
    expect(sub.rnn_backward(da, caches), expected, "gradients")


# ---------------------------------------------------------------------------------------------
# lstm_cell_backward
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_x, n_a, n_y, m, T_x", SHAPES)
def test_lstm_cell_backward_matches(seed, n_x, n_a, n_y, m, T_x):
    """dc = dc_next + da_next*ot*(1 - tanh(c_next)**2) is everything that reaches c_next; the
    gate gradients (dft, dit, dcct, dot) are taken before their sigmoid/tanh; the first n_a
    columns of each W act on a_prev, the others on xt."""
    x, a0, c_prev, parameters = lstm_problem(seed, n_x, n_a, n_y, m, T_x)
    _, _, _, cache = reference().lstm_cell_forward(x[:, :, 0], a0, c_prev, parameters)
    rng = np.random.default_rng(seed + 3)
    da_next, dc_next = rng.normal(size=(n_a, m)), rng.normal(size=(n_a, m))
    expected = reference().lstm_cell_backward(da_next.copy(), dc_next.copy(), copy_of(cache))
    expect(sub.lstm_cell_backward(da_next, dc_next, copy_of(cache)), expected, "gradients")


@pytest.mark.parametrize("n_x, n_a, n_y, m, T_x", GRAD_SHAPES)
def test_lstm_cell_backward_numerical(n_x, n_a, n_y, m, T_x):
    """Compared with finite differences of L = sum(Ga * a_next) + sum(Gc * c_next): both
    da_next and dc_next feed the memory cell's gradient."""
    x, a0, c_prev, parameters = lstm_problem(53, n_x, n_a, n_y, m, T_x)
    xt = x[:, :, 0].copy()
    rng = np.random.default_rng(54)
    Ga, Gc = rng.normal(size=(n_a, m)), rng.normal(size=(n_a, m))

    def loss():
        a_next, c_next, _, _ = reference().lstm_cell_forward(xt, a0, c_prev, parameters)
        return float(np.sum(Ga * a_next) + np.sum(Gc * c_next))

    numeric = {"dxt": numerical_gradient(loss, xt), "da_prev": numerical_gradient(loss, a0),
               "dc_prev": numerical_gradient(loss, c_prev)}
    for name in LSTM_NAMES:
        numeric["d" + name] = numerical_gradient(loss, parameters[name])
    _, _, _, cache = reference().lstm_cell_forward(xt, a0, c_prev, parameters)
    expect(sub.lstm_cell_backward(Ga, Gc, cache), numeric, "gradients vs numerical gradients",
           rtol=1e-4, atol=1e-6)


# ---------------------------------------------------------------------------------------------
# lstm_backward
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_x, n_a, n_y, m, T_x", SHAPES)
def test_lstm_backward_matches(seed, n_x, n_a, n_y, m, T_x):
    """Backwards through time: the cell at step t gets da[:, :, t] + da_prev AND the dc_prev
    coming from step t+1 (zeros at the last step); add up the weight and bias gradients."""
    x, a0, _, parameters = lstm_problem(seed, n_x, n_a, n_y, m, T_x)
    _, _, _, caches = reference().lstm_forward(x, a0, parameters)
    da = np.random.default_rng(seed + 4).normal(size=(n_a, m, T_x))
    expected = reference().lstm_backward(da.copy(), copy_of(caches))
    expect(sub.lstm_backward(da, copy_of(caches)), expected, "gradients")


@pytest.mark.parametrize("n_x, n_a, n_y, m, T_x", GRAD_SHAPES)
def test_lstm_backward_numerical(n_x, n_a, n_y, m, T_x):
    """Compared with finite differences of L = sum(G * a) over all time steps (c0 is fixed at
    zero, so there is no dc0)."""
    x, a0, _, parameters = lstm_problem(59, n_x, n_a, n_y, m, T_x)
    G = np.random.default_rng(60).normal(size=(n_a, m, T_x))

    def loss():
        return float(np.sum(G * reference().lstm_forward(x, a0, parameters)[0]))

    numeric = {"dx": numerical_gradient(loss, x), "da0": numerical_gradient(loss, a0)}
    for name in LSTM_NAMES:
        numeric["d" + name] = numerical_gradient(loss, parameters[name])
    _, _, _, caches = reference().lstm_forward(x, a0, parameters)
    expect(sub.lstm_backward(G, caches), numeric, "gradients vs numerical gradients",
           rtol=1e-4, atol=1e-6)
