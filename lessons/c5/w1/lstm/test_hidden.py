"""Hidden tests: other sizes and seeds compared with the reference, and the properties of the
gates, the memory cell and the retention curve."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

# (n_a, n_x, m): n_a never equals n_x, so a wrong concatenation order shows.
SHAPES = [(3, 2, 4), (5, 3, 1), (2, 4, 6), (4, 1, 3)]


def problem(seed, n_a, n_x, m, scale=0.8):
    rng = np.random.default_rng(seed)
    params = {}
    for name in ("f", "u", "o", "c"):
        params["W" + name] = rng.normal(0, scale, (n_a, n_a + n_x))
        params["b" + name] = rng.normal(0, scale, (n_a, 1))
    return rng.normal(0, 1, (n_a, m)), rng.normal(0, 1, (n_x, m)), params


def random_gates(seed, n_a, m):
    rng = np.random.default_rng(seed)
    return (rng.normal(0, 2, (n_a, m)), rng.random((n_a, m)), rng.random((n_a, m)),
            rng.random((n_a, m)), np.tanh(rng.normal(0, 1, (n_a, m))))


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("n_a, n_x, m", SHAPES)
def test_lstm_gates_random(seed, n_a, n_x, m):
    """Every gate and the candidate come from concat = [a_prev; xt] (a on top), each with its
    OWN weights: gates use the sigmoid, the candidate tanh."""
    a_prev, xt, params = problem(seed, n_a, n_x, m)
    expected = reference().lstm_gates(a_prev.copy(), xt.copy(),
                                      {k: v.copy() for k, v in params.items()})
    expect(sub.lstm_gates(a_prev, xt, params), expected, f"lstm_gates (n_a={n_a}, n_x={n_x}, m={m})")


def test_lstm_gates_ranges():
    """The three gates lie in (0, 1) (sigmoid); the candidate lies in (-1, 1) and can be
    negative (tanh)."""
    a_prev, xt, params = problem(3, 4, 3, 40, scale=2.0)
    gamma_f, gamma_u, gamma_o, c_tilde = sub.lstm_gates(a_prev, xt, params)
    for name, gate in (("gamma_f", gamma_f), ("gamma_u", gamma_u), ("gamma_o", gamma_o)):
        assert np.all((gate > 0) & (gate < 1)), f"{name} has entries outside (0, 1)"
    assert np.all(np.abs(c_tilde) < 1) and np.any(c_tilde < 0), "c_tilde should be a tanh"


def test_lstm_gates_leave_the_inputs_alone():
    """Compute new arrays; a_prev, xt and the parameters must not change."""
    a_prev, xt, params = problem(4, 3, 2, 5)
    before = (a_prev.copy(), xt.copy(), {k: v.copy() for k, v in params.items()})
    sub.lstm_gates(a_prev, xt, params)
    expect((a_prev, xt, params), before, "the inputs after lstm_gates")


@pytest.mark.parametrize("seed, n_a, m", [(1, 3, 4), (2, 5, 2), (3, 1, 7)])
def test_lstm_memory_update_random(seed, n_a, m):
    """c_next = gamma_f * c_prev + gamma_u * c_tilde, then a_next = gamma_o * tanh(c_next)."""
    gates = random_gates(seed, n_a, m)
    expected = reference().lstm_memory_update(*[g.copy() for g in gates])
    expect(sub.lstm_memory_update(*gates), expected, f"lstm_memory_update (n_a={n_a}, m={m})")


def test_lstm_memory_update_carries_the_memory():
    """Forget gate 1 and update gate 0: the memory passes through unchanged. Forget gate 0 and
    update gate 1: the memory is replaced by the candidate."""
    c_prev, _, _, gamma_o, c_tilde = random_gates(5, 4, 3)
    ones, zeros = np.ones((4, 3)), np.zeros((4, 3))
    c_next, _ = sub.lstm_memory_update(c_prev, ones, zeros, gamma_o, c_tilde)
    expect(c_next, c_prev, "c_next with gamma_f = 1, gamma_u = 0")
    c_next, _ = sub.lstm_memory_update(c_prev, zeros, ones, gamma_o, c_tilde)
    expect(c_next, c_tilde, "c_next with gamma_f = 0, gamma_u = 1")


def test_lstm_memory_update_hidden_state_is_squashed():
    """a_next = gamma_o * tanh(c_next) of the NEW memory, so |a_next| < 1 even when the memory
    is large."""
    c_prev = np.array([[5.0, -8.0], [3.0, 0.5]])
    ones = np.ones((2, 2))
    c_next, a_next = sub.lstm_memory_update(c_prev, ones, 0.5 * ones, ones, ones)
    expect(a_next, np.tanh(c_prev + 0.5), "a_next with gamma_o = 1")
    assert np.all(np.abs(a_next) < 1), "a_next must be squashed by tanh"


@pytest.mark.parametrize("seed, shape", [(1, (3, 2, 6)), (2, (2, 5, 4)), (3, (4, 1, 9)),
                                         (4, (1, 3, 1))])
def test_memory_retention_random(seed, shape):
    """A cumulative product over the TIME axis (axis 2): retention[:, :, t] multiplies the forget
    gates of steps 1 .. t + 1."""
    gamma_f = np.random.default_rng(seed).uniform(0.5, 1.0, shape)
    expected = reference().memory_retention(gamma_f.copy())
    expect(sub.memory_retention(gamma_f), expected, f"memory_retention(gamma_f {shape})")


@pytest.mark.parametrize("g", [0.9, 0.99, 0.5])
def test_memory_retention_constant_gate(g):
    """With the same forget gate g at every step, the fraction left after k steps is g^k (a
    forget gate close to 1 means KEEP)."""
    retention = sub.memory_retention(np.full((2, 3, 50), g))
    expect(retention[:, :, 49], np.full((2, 3), g ** 50), f"retention after 50 steps of {g}")
    expect(retention[:, :, 0], np.full((2, 3), g), "retention after 1 step")


def test_memory_retention_properties():
    """The retention never grows over time, all-ones gates keep everything, and a single gate
    of 0 wipes the memory for good."""
    gamma_f = np.random.default_rng(6).uniform(0.3, 1.0, (3, 4, 8))
    retention = sub.memory_retention(gamma_f)
    assert np.all(np.diff(retention, axis=2) <= 1e-12), "the retention grew from one step to the next"
    expect(sub.memory_retention(np.ones((2, 3, 5))), np.ones((2, 3, 5)), "retention with gates 1")
    gamma_f[:, :, 3] = 0.0
    expect(sub.memory_retention(gamma_f)[:, :, 3:], np.zeros((3, 4, 5)), "retention after a 0 gate")


def test_memory_retention_matches_running_the_cell():
    """Running c<t> = gamma_f<t> * c<t-1> (nothing written) for T steps leaves c<0> times the
    last retention value."""
    rng = np.random.default_rng(7)
    gamma_f, c = rng.uniform(0.6, 1.0, (3, 2, 12)), rng.normal(size=(3, 2))
    c0 = c.copy()
    for t in range(12):
        c = gamma_f[:, :, t] * c
    expect(c0 * sub.memory_retention(gamma_f)[:, :, -1], c, "c<0> * retention[:, :, T - 1]")
