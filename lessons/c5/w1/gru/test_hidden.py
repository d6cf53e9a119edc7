"""Hidden tests: other sizes and seeds compared with the reference, and the properties of the
gates (saturated gates, the relevance gate shut, memory kept over many steps)."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

# (n_c, n_x, m): n_c never equals n_x, so a wrong concatenation order shows.
SHAPES = [(3, 2, 4), (5, 3, 1), (2, 4, 6), (4, 1, 3)]


def problem(seed, n_c, n_x, m, scale=0.8):
    rng = np.random.default_rng(seed)
    params = {}
    for name in ("c", "u", "r"):
        params["W" + name] = rng.normal(0, scale, (n_c, n_c + n_x))
        params["b" + name] = rng.normal(0, scale, (n_c, 1))
    return rng.normal(0, 1, (n_c, m)), rng.normal(0, 1, (n_x, m)), params


def copy_params(params):
    return {k: v.copy() for k, v in params.items()}


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("n_c, n_x, m", SHAPES)
def test_simplified_gru_step_random(seed, n_c, n_x, m):
    """concat = [c_prev; xt] (c on top), c_tilde = tanh(Wc concat + bc), gamma_u = sigmoid(Wu
    concat + bu), c_next = gamma_u * c_tilde + (1 - gamma_u) * c_prev."""
    c_prev, xt, params = problem(seed, n_c, n_x, m)
    expected = reference().simplified_gru_step(c_prev.copy(), xt.copy(), copy_params(params))
    expect(sub.simplified_gru_step(c_prev, xt, params), expected,
           f"simplified_gru_step (n_c={n_c}, n_x={n_x}, m={m})")


def test_simplified_gru_step_gate_is_a_probability():
    """The update gate uses the sigmoid, so every entry lies strictly between 0 and 1."""
    c_prev, xt, params = problem(3, 4, 2, 50, scale=3.0)
    _, gamma_u, _ = sub.simplified_gru_step(c_prev, xt, params)
    assert np.all((gamma_u > 0) & (gamma_u < 1)), "gamma_u has entries outside (0, 1)"


def test_simplified_gru_step_saturated_gates():
    """gamma_u = 1 takes the candidate, gamma_u = 0 keeps the old memory: gamma_u multiplies
    c_tilde and (1 - gamma_u) multiplies c_prev."""
    c_prev, xt, params = problem(4, 3, 2, 5)
    params["bu"] = np.full((3, 1), 60.0)
    c_next, _, c_tilde = sub.simplified_gru_step(c_prev, xt, params)
    expect(c_next, c_tilde, "c_next with gamma_u = 1")
    params["bu"] = np.full((3, 1), -60.0)
    c_next, _, _ = sub.simplified_gru_step(c_prev, xt, params)
    expect(c_next, c_prev, "c_next with gamma_u = 0")


def test_simplified_gru_step_between_old_and_new():
    """c_next is a weighted average of c_prev and c_tilde, so it always lies between them."""
    c_prev, xt, params = problem(5, 4, 3, 20)
    c_next, _, c_tilde = sub.simplified_gru_step(c_prev, xt, params)
    low, high = np.minimum(c_prev, c_tilde), np.maximum(c_prev, c_tilde)
    assert np.all((c_next >= low - 1e-12) & (c_next <= high + 1e-12)), (
        "c_next is not between c_prev and c_tilde")


def test_simplified_gru_step_remembers_over_many_steps():
    """With the update gate nearly shut, 100 steps barely change the memory: no vanishing."""
    c, _, params = problem(6, 3, 2, 4)
    c0 = c.copy()
    params["Wu"] = np.zeros((3, 5))
    params["bu"] = np.full((3, 1), -12.0)
    rng = np.random.default_rng(0)
    for _ in range(100):
        c, _, _ = sub.simplified_gru_step(c, rng.normal(size=(2, 4)), params)
    expect(c, c0, "c<100> with gamma_u close to 0", rtol=1e-2, atol=1e-2)


def test_simplified_gru_step_leaves_the_inputs_alone():
    """Compute new arrays; c_prev, xt and the parameters must not change."""
    c_prev, xt, params = problem(7, 3, 2, 4)
    before = (c_prev.copy(), xt.copy(), copy_params(params))
    sub.simplified_gru_step(c_prev, xt, params)
    expect((c_prev, xt, params), before, "the inputs after simplified_gru_step")


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("n_c, n_x, m", SHAPES)
def test_gru_step_random(seed, n_c, n_x, m):
    """gamma_r and gamma_u come from [c_prev; xt]; only the candidate sees the gated memory:
    c_tilde = tanh(Wc [gamma_r * c_prev; xt] + bc)."""
    c_prev, xt, params = problem(seed + 10, n_c, n_x, m)
    expected = reference().gru_step(c_prev.copy(), xt.copy(), copy_params(params))
    expect(sub.gru_step(c_prev, xt, params), expected, f"gru_step (n_c={n_c}, n_x={n_x}, m={m})")


def test_gru_step_relevance_shut():
    """With gamma_r = 0 the candidate ignores the old memory: c_tilde = tanh(Wc[:, n_c:] xt + bc)."""
    c_prev, xt, params = problem(12, 3, 2, 4)
    params["br"] = np.full((3, 1), -60.0)
    _, _, _, c_tilde = sub.gru_step(c_prev, xt, params)
    expect(c_tilde, np.tanh(params["Wc"][:, 3:] @ xt + params["bc"]), "c_tilde with gamma_r = 0")


def test_gru_step_relevance_open_is_simplified():
    """With gamma_r = 1 the full GRU is the simplified one; the update gate ignores gamma_r."""
    c_prev, xt, params = problem(13, 4, 3, 5)
    params["br"] = np.full((4, 1), 60.0)
    c_next, gamma_u, _, c_tilde = sub.gru_step(c_prev, xt, params)
    expected = reference().simplified_gru_step(c_prev.copy(), xt.copy(), copy_params(params))
    expect((c_next, gamma_u, c_tilde), expected, "gru_step with gamma_r = 1")


def test_gru_step_keeps_the_whole_old_memory():
    """The relevance gate only enters the candidate: with gamma_u = 0, c_next is c_prev itself."""
    c_prev, xt, params = problem(14, 3, 4, 6)
    params["bu"] = np.full((3, 1), -60.0)
    c_next, _, _, _ = sub.gru_step(c_prev, xt, params)
    expect(c_next, c_prev, "c_next with gamma_u = 0")


def test_gru_step_leaves_the_inputs_alone():
    """Compute new arrays; c_prev, xt and the parameters must not change."""
    c_prev, xt, params = problem(15, 3, 2, 4)
    before = (c_prev.copy(), xt.copy(), copy_params(params))
    sub.gru_step(c_prev, xt, params)
    expect((c_prev, xt, params), before, "the inputs after gru_step")
