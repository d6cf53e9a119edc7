"""Hidden tests: fresh networks, seeds and sizes, compared with the reference solution and with
properties that give the classic mistakes away. Expected values are always computed on a COPY
of the inputs, before your function is called."""

import math

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

# layer sizes [n_x, n1, ..., nL]: never square, and 1, 2 and 3 layers
DIMS = [(3, 5, 2), (4, 3, 6, 1), (2, 1), (7, 4)]
SEEDS = [3, 28]


def network(seed, dims, scale=0.7):
    """Random parameters and gradients of a visible size for layer sizes dims."""
    rng = np.random.default_rng(seed)
    parameters, grads = {}, {}
    for l in range(1, len(dims)):
        shapes = {"W": (dims[l], dims[l - 1]), "b": (dims[l], 1)}
        for p, shape in shapes.items():
            parameters[p + str(l)] = rng.normal(0, scale, shape)
            grads["d" + p + str(l)] = rng.normal(0, scale, shape)
    return parameters, grads


def state(seed, grads, positive=False):
    """A non-zero optimizer state (velocity or average of squares) shaped like the gradients."""
    rng = np.random.default_rng(seed + 1000)
    return {key: (rng.uniform(0.01, 0.5, g.shape) if positive else rng.normal(0, 0.3, g.shape))
            for key, g in grads.items()}


def copy_of(d):
    return {key: np.array(value, copy=True) for key, value in d.items()}


def expected_keys(dims, prefix):
    return {prefix + p + str(l) for l in range(1, len(dims)) for p in ("W", "b")}


# update_parameters_with_gd --------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("dims", DIMS)
@pytest.mark.parametrize("learning_rate", [0.01, 0.5])
def test_update_parameters_with_gd_matches(seed, dims, learning_rate):
    """For EVERY layer l = 1 .. L (L = len(parameters) // 2, so range(1, L + 1)):
    Wl = Wl - learning_rate * dWl and bl = bl - learning_rate * dbl."""
    parameters, grads = network(seed, dims)
    expected = reference().update_parameters_with_gd(copy_of(parameters), copy_of(grads),
                                                     learning_rate)
    mine = sub.update_parameters_with_gd(copy_of(parameters), copy_of(grads), learning_rate)
    expect(mine, expected, f"update_parameters_with_gd (layers {dims}, rate {learning_rate})")


def test_update_parameters_with_gd_every_parameter_moves():
    """Each W AND each b, of every layer including the last, moves against its gradient by
    learning_rate times the gradient."""
    dims = (5, 4, 3, 2)
    parameters, grads = network(11, dims)
    mine = sub.update_parameters_with_gd(copy_of(parameters), copy_of(grads), 0.2)
    for key, value in parameters.items():
        expect(mine[key], value - 0.2 * grads["d" + key], f"parameters[{key!r}] after one step")


# random_mini_batches --------------------------------------------------------------------------

@pytest.mark.parametrize("n_x, m, size, seed", [(3, 148, 64, 1), (2, 300, 64, 11), (5, 10, 4, 7),
                                                (2, 12, 4, 3), (4, 5, 64, 2)])
def test_random_mini_batches_matches(n_x, m, size, seed):
    """Seeded shuffle with ONE np.random.permutation(m) applied to the columns of X and of Y,
    then floor(m / size) full batches of columns k*size .. (k+1)*size, then the leftover
    columns as a last, smaller batch (only when m is not a multiple of size)."""
    rng = np.random.default_rng(seed)
    X = rng.normal(0, 1, (n_x, m))
    Y = (rng.random((1, m)) > 0.5).astype(int)
    expected = reference().random_mini_batches(X.copy(), Y.copy(), size, seed)
    mine = sub.random_mini_batches(X, Y, size, seed)
    expect(mine, expected, f"random_mini_batches(X {X.shape}, Y, {size}, seed={seed})")


@pytest.mark.parametrize("m, size", [(148, 64), (12, 4), (23, 5)])
def test_random_mini_batches_keeps_each_label_with_its_example(m, size):
    """X and Y must be shuffled with the SAME permutation: after the shuffle every label still
    sits in the column of its own example. Draw the permutation once and use it for both."""
    X = np.vstack([np.arange(m, dtype=float), np.arange(m, dtype=float) * 2])
    labels = (np.arange(m) * 7 % 3 == 0).astype(int).reshape(1, m)
    for k, (bx, by) in enumerate(sub.random_mini_batches(X, labels, size, seed=4)):
        owners = bx[0].astype(int)
        expect(by, labels[:, owners], f"labels of mini-batch {k} against its examples")


@pytest.mark.parametrize("m, size", [(148, 64), (12, 4), (23, 5), (64, 64), (3, 64)])
def test_random_mini_batches_sizes_and_coverage(m, size):
    """Every example lands in exactly one mini-batch: floor(m / size) batches of size columns,
    plus one batch with the m % size leftover columns when that is not 0 (never an empty one)."""
    X = np.vstack([np.arange(m, dtype=float), np.ones(m)])
    Y = np.zeros((1, m), dtype=int)
    batches = sub.random_mini_batches(X, Y, size, seed=9)
    sizes = [bx.shape[1] for bx, _ in batches]
    wanted = [size] * (m // size) + ([m % size] if m % size else [])
    assert sizes == wanted, f"m = {m}, size = {size}: mini-batch sizes {sizes}, expected {wanted}"
    seen = np.sort(np.concatenate([bx[0] for bx, _ in batches]))
    expect(seen, np.arange(m, dtype=float), "all the examples, sorted, over all the mini-batches")


def test_random_mini_batches_fewer_examples_than_batch_size():
    """With m smaller than mini_batch_size there are no full batches at all: the loop never runs,
    and the end case alone makes one batch with all m examples. Compute its start from
    num_complete_minibatches, not from the loop's k."""
    X = np.arange(10, dtype=float).reshape(2, 5)
    Y = np.array([[1, 0, 0, 1, 1]])
    batches = sub.random_mini_batches(X, Y, 64, seed=1)
    assert len(batches) == 1, f"{len(batches)} mini-batches, expected 1"
    assert batches[0][0].shape == (2, 5), f"the batch has shape {batches[0][0].shape}"


def test_random_mini_batches_really_shuffles():
    """The examples are shuffled before cutting: with 50 examples the first mini-batch is not
    simply the first 10 columns."""
    X = np.arange(100, dtype=float).reshape(2, 50)
    Y = np.zeros((1, 50), dtype=int)
    first = sub.random_mini_batches(X, Y, 10, seed=1)[0][0]
    assert not np.array_equal(first, X[:, :10]), "the first mini-batch is X[:, :10]: no shuffle"


def test_random_mini_batches_leaves_the_inputs_alone():
    """Shuffle a copy (X[:, permutation] makes one); never reorder X or Y in place."""
    rng = np.random.default_rng(5)
    X = rng.normal(0, 1, (3, 20))
    Y = (rng.random((1, 20)) > 0.5).astype(int)
    X0, Y0 = X.copy(), Y.copy()
    sub.random_mini_batches(X, Y, 8, seed=3)
    expect(X, X0, "X after the call")
    expect(Y, Y0, "Y after the call")


# initialize_velocity --------------------------------------------------------------------------

@pytest.mark.parametrize("dims", DIMS)
def test_initialize_velocity_matches(dims):
    """v["dW" + str(l)] and v["db" + str(l)] are zeros with the shape of Wl and bl, for every
    layer l = 1 .. L."""
    parameters, _ = network(2, dims)
    expected = reference().initialize_velocity(copy_of(parameters))
    expect(sub.initialize_velocity(parameters), expected, f"initialize_velocity (layers {dims})")


def test_initialize_velocity_keys_and_zeros():
    """The keys are the GRADIENTS' names (dW1, db1, ...), nothing else, and every entry is an
    array of zeros: momentum starts at rest, not at the parameters' values."""
    dims = (6, 4, 3, 1)
    parameters, _ = network(4, dims)
    v = sub.initialize_velocity(copy_of(parameters))
    assert set(v) == expected_keys(dims, "d"), f"keys {sorted(v)}"
    for key, value in v.items():
        expect(value, np.zeros(parameters[key[1:]].shape), f"v[{key!r}]")


# update_parameters_with_momentum --------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("dims", DIMS)
@pytest.mark.parametrize("beta, learning_rate", [(0.9, 0.05), (0.5, 0.3)])
def test_update_parameters_with_momentum_matches(seed, dims, beta, learning_rate):
    """First the velocity, v = beta * v + (1 - beta) * grad, then the step with the NEW
    velocity, param = param - learning_rate * v; for W and b of every layer."""
    parameters, grads = network(seed, dims)
    v = state(seed, grads)
    expected = reference().update_parameters_with_momentum(
        copy_of(parameters), copy_of(grads), copy_of(v), beta, learning_rate)
    mine = sub.update_parameters_with_momentum(copy_of(parameters), copy_of(grads), copy_of(v),
                                               beta, learning_rate)
    expect(mine, expected, f"(parameters, v) with beta {beta}, rate {learning_rate}")


def test_update_parameters_with_momentum_beta_zero_is_gradient_descent():
    """With beta = 0 the velocity is just the current gradient (weights 0 and 1 - 0 = 1), so
    the step is plain gradient descent."""
    dims = (3, 4, 2)
    parameters, grads = network(6, dims)
    v = state(6, grads)
    new, new_v = sub.update_parameters_with_momentum(copy_of(parameters), copy_of(grads),
                                                     copy_of(v), 0.0, 0.1)
    for key, value in parameters.items():
        expect(new_v["d" + key], grads["d" + key], f"v['d{key}'] with beta = 0")
        expect(new[key], value - 0.1 * grads["d" + key], f"parameters[{key!r}] with beta = 0")


def test_update_parameters_with_momentum_velocity_is_an_average():
    """v is an exponentially weighted AVERAGE of the gradients: from v = 0, n steps with the
    same gradient g give v = (1 - beta^n) g, which approaches g and never exceeds it."""
    dims = (2, 3, 1)
    parameters, grads = network(8, dims)
    v = {key: np.zeros_like(g) for key, g in grads.items()}
    beta = 0.8
    for _ in range(6):
        parameters, v = sub.update_parameters_with_momentum(parameters, copy_of(grads), v, beta,
                                                            0.01)
    for key, g in grads.items():
        expect(v[key], (1 - beta ** 6) * g, f"v[{key!r}] after 6 steps with the same gradient")


# initialize_adam ------------------------------------------------------------------------------

@pytest.mark.parametrize("dims", DIMS)
def test_initialize_adam_matches(dims):
    """v and s each hold zeros shaped like Wl and bl, under the keys "dW" + str(l) and
    "db" + str(l), for every layer l = 1 .. L."""
    parameters, _ = network(12, dims)
    expected = reference().initialize_adam(copy_of(parameters))
    expect(sub.initialize_adam(parameters), expected, f"initialize_adam (layers {dims})")


def test_initialize_adam_two_separate_dictionaries():
    """v and s must be two DIFFERENT dictionaries with their own arrays: after v = s = {} both
    names point to one dictionary, and Adam's two averages would overwrite each other."""
    dims = (3, 5, 2)
    parameters, _ = network(13, dims)
    v, s = sub.initialize_adam(parameters)
    assert v is not s, "v and s are the same dictionary"
    assert set(v) == expected_keys(dims, "d"), f"v has keys {sorted(v)}"
    assert set(s) == expected_keys(dims, "d"), f"s has keys {sorted(s)}"
    for key in v:
        assert not np.shares_memory(v[key], s[key]), f"v[{key!r}] and s[{key!r}] share an array"


def test_initialize_adam_all_zeros():
    """Both averages start at exactly 0 (bias correction accounts for that); s is not started
    at 1, nor at the parameters' values."""
    dims = (4, 2, 3)
    parameters, _ = network(14, dims)
    v, s = sub.initialize_adam(copy_of(parameters))
    for key in expected_keys(dims, "d"):
        shape = parameters[key[1:]].shape
        expect(v[key], np.zeros(shape), f"v[{key!r}]")
        expect(s[key], np.zeros(shape), f"s[{key!r}]")


# update_parameters_with_adam ------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("dims", DIMS)
@pytest.mark.parametrize("t", [1, 3, 40])
def test_update_parameters_with_adam_matches(seed, dims, t):
    """v = beta1 v + (1 - beta1) g; v_corrected = v / (1 - beta1**t); s = beta2 s +
    (1 - beta2) g**2; s_corrected = s / (1 - beta2**t); then
    param -= learning_rate * v_corrected / (np.sqrt(s_corrected) + epsilon). Return all five."""
    parameters, grads = network(seed, dims)
    v, s = state(seed, grads), state(seed + 1, grads, positive=True)
    args = dict(learning_rate=0.02, beta1=0.8, beta2=0.99, epsilon=1e-8)
    expected = reference().update_parameters_with_adam(
        copy_of(parameters), copy_of(grads), copy_of(v), copy_of(s), t, **args)
    mine = sub.update_parameters_with_adam(copy_of(parameters), copy_of(grads), copy_of(v),
                                           copy_of(s), t, **args)
    expect(mine, expected, f"(parameters, v, s, v_corrected, s_corrected) at t = {t}")


def test_update_parameters_with_adam_default_hyperparameters():
    """Without keyword arguments Adam uses learning_rate 0.01, beta1 0.9, beta2 0.999 and
    epsilon 1e-8, as in the signature."""
    parameters, grads = network(31, (5, 3, 2))
    v, s = state(31, grads), state(32, grads, positive=True)
    expected = reference().update_parameters_with_adam(
        copy_of(parameters), copy_of(grads), copy_of(v), copy_of(s), 5)
    mine = sub.update_parameters_with_adam(copy_of(parameters), copy_of(grads), copy_of(v),
                                           copy_of(s), 5)
    expect(mine, expected, "update_parameters_with_adam(..., t=5) with the default values")


def test_update_parameters_with_adam_first_step_is_bias_corrected():
    """At t = 1, from v = s = 0, bias correction gives v_corrected = g and s_corrected = g**2
    exactly, so every parameter moves by about learning_rate against the sign of its gradient.
    Correct with (1 - beta**t), where t is the step number you are given (1 here)."""
    dims = (4, 3, 2)
    parameters, grads = network(17, dims)
    zeros = {key: np.zeros_like(g) for key, g in grads.items()}
    new, _, _, v_corrected, s_corrected = sub.update_parameters_with_adam(
        copy_of(parameters), copy_of(grads), copy_of(zeros), copy_of(zeros), 1,
        learning_rate=0.05)
    for key, value in parameters.items():
        g = grads["d" + key]
        expect(v_corrected["d" + key], g, f"v_corrected['d{key}'] at t = 1")
        expect(s_corrected["d" + key], g ** 2, f"s_corrected['d{key}'] at t = 1")
        expect(new[key], value - 0.05 * g / (np.abs(g) + 1e-8), f"parameters[{key!r}] at t = 1")


def test_update_parameters_with_adam_epsilon_outside_the_root():
    """epsilon is added AFTER the square root: divide by (np.sqrt(s_corrected) + epsilon),
    not by np.sqrt(s_corrected + epsilon). A large epsilon makes the difference visible."""
    dims = (3, 2)
    parameters, grads = network(19, dims)
    v, s = state(19, grads), state(20, grads, positive=True)
    t, lr, b1, b2, eps = 4, 0.1, 0.9, 0.999, 0.3
    new = sub.update_parameters_with_adam(copy_of(parameters), copy_of(grads), copy_of(v),
                                          copy_of(s), t, learning_rate=lr, beta1=b1, beta2=b2,
                                          epsilon=eps)[0]
    for key, value in parameters.items():
        g = grads["d" + key]
        v_hat = (b1 * v["d" + key] + (1 - b1) * g) / (1 - b1 ** t)
        s_hat = (b2 * s["d" + key] + (1 - b2) * g ** 2) / (1 - b2 ** t)
        expect(new[key], value - lr * v_hat / (np.sqrt(s_hat) + eps),
               f"parameters[{key!r}] with epsilon = {eps}")


# update_lr ------------------------------------------------------------------------------------

@pytest.mark.parametrize("learning_rate0, epoch_num, decay_rate",
                         [(0.1, 0, 1.0), (0.3, 7, 0.25), (0.05, 120, 0.01), (1.0, 2, 3.0)])
def test_update_lr_matches(learning_rate0, epoch_num, decay_rate):
    """learning_rate = learning_rate0 / (1 + decay_rate * epoch_num): mind the parentheses
    around the whole denominator."""
    expect(sub.update_lr(learning_rate0, epoch_num, decay_rate),
           learning_rate0 / (1 + decay_rate * epoch_num),
           f"update_lr({learning_rate0}, {epoch_num}, {decay_rate})")


def test_update_lr_properties():
    """At epoch 0 the rate is learning_rate0 itself; it halves when decay_rate * epoch_num
    reaches 1, and keeps falling, more and more slowly, like 1 / epoch."""
    expect(sub.update_lr(0.4, 0, 0.2), 0.4, "update_lr(0.4, 0, 0.2)")
    expect(sub.update_lr(0.4, 5, 0.2), 0.2, "update_lr(0.4, 5, 0.2)")
    rates = [sub.update_lr(0.4, e, 0.2) for e in range(0, 30)]
    assert all(rates[e] > rates[e + 1] for e in range(29)), "the rate must fall every epoch"


# schedule_lr_decay ----------------------------------------------------------------------------

@pytest.mark.parametrize("learning_rate0, epoch_num, decay_rate, time_interval",
                         [(0.1, 0, 1.0, 1000), (0.1, 999, 1.0, 1000), (0.1, 1000, 1.0, 1000),
                          (0.3, 2750, 0.5, 1000), (0.5, 10, 0.3, 100), (0.5, 149, 0.3, 100),
                          (0.02, 61, 2.0, 20)])
def test_schedule_lr_decay_matches(learning_rate0, epoch_num, decay_rate, time_interval):
    """learning_rate = learning_rate0 / (1 + decay_rate * floor(epoch_num / time_interval)):
    the rate drops only once every time_interval epochs (floor, not round, not the epoch
    itself), with the time_interval you are given."""
    expected = learning_rate0 / (1 + decay_rate * math.floor(epoch_num / time_interval))
    expect(sub.schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval), expected,
           f"schedule_lr_decay({learning_rate0}, {epoch_num}, {decay_rate}, {time_interval})")


def test_schedule_lr_decay_is_a_staircase():
    """Constant over each interval of epochs, and a drop exactly at the multiples of
    time_interval: epochs 0..99 share one rate, 100..199 the next one, and so on."""
    rates = [float(sub.schedule_lr_decay(0.2, e, 1.0, 100)) for e in range(0, 400)]
    for start in range(0, 400, 100):
        step = rates[start:start + 100]
        expect(np.array(step), np.full(100, 0.2 / (1 + start // 100)),
               f"the rates of epochs {start}..{start + 99}")


def test_schedule_lr_decay_default_interval():
    """Without the fourth argument time_interval is 1000 (the default in the signature)."""
    expect(sub.schedule_lr_decay(0.1, 1999, 1.0), 0.05, "schedule_lr_decay(0.1, 1999, 1.0)")
    expect(sub.schedule_lr_decay(0.1, 4000, 0.5), 0.1 / 3, "schedule_lr_decay(0.1, 4000, 0.5)")
