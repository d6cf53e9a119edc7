"""Hidden tests: random sizes with T_x, n_s, n_a and n_h all different."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def problem(seed, t_x, n_s, n_a, n_h, scale=1.0):
    rng = np.random.default_rng(seed)
    a = rng.normal(0, 1, (t_x, n_a))
    s_prev = rng.normal(0, 1, n_s)
    params = {"W1": rng.normal(0, scale, (n_s + n_a, n_h)), "b1": rng.normal(0, 0.5, n_h),
              "W2": rng.normal(0, scale, (n_h, 1)), "b2": rng.normal(0, 0.5, 1)}
    return a, s_prev, params


def copies(a, s_prev, params):
    return a.copy(), s_prev.copy(), {k: v.copy() for k, v in params.items()}


@pytest.mark.parametrize("seed,t_x,n_s,n_a", [(1, 5, 3, 4), (2, 7, 2, 6), (3, 3, 6, 2)])
def test_repeat_and_concat_random(seed, t_x, n_s, n_a):
    """Repeat s_prev T_x times (one row per input step) and put it FIRST, then a: shape (T_x, n_s + n_a)."""
    a, s_prev, _ = problem(seed, t_x, n_s, n_a, 2)
    expected = np.hstack([np.tile(s_prev, (t_x, 1)), a])
    expect(sub.repeat_and_concat(s_prev.copy(), a.copy()), expected, "repeat_and_concat(s_prev, a)")


def test_repeat_and_concat_rows_share_state():
    """Every row starts with the same s<t-1>; the rest of row t' is a<t'>."""
    a, s_prev, _ = problem(4, 6, 2, 3, 2)
    concat = np.asarray(sub.repeat_and_concat(s_prev.copy(), a.copy()))
    assert concat.shape == (6, 5), f"shape {concat.shape}, expected (T_x, n_s + n_a) = (6, 5)"
    expect(concat[:, :2], np.tile(s_prev, (6, 1)), "concat[:, :n_s]")
    expect(concat[:, 2:], a, "concat[:, n_s:]")


@pytest.mark.parametrize("seed,t_x,n_s,n_a,n_h", [(5, 6, 3, 4, 5), (6, 9, 2, 5, 7), (7, 4, 5, 3, 2), (8, 11, 4, 2, 10)])
def test_one_step_attention_random(seed, t_x, n_s, n_a, n_h):
    """concat -> tanh(concat W1 + b1) -> relu(hidden W2 + b2) -> softmax over the T_x inputs -> sum of alphas * a."""
    a, s_prev, params = problem(seed, t_x, n_s, n_a, n_h)
    context_ref, alphas_ref = reference().one_step_attention(*copies(a, s_prev, params))
    context, alphas = sub.one_step_attention(*copies(a, s_prev, params))
    expect(np.asarray(alphas).reshape(-1), alphas_ref, "alphas")
    expect(np.asarray(context).reshape(-1), context_ref, "context")


def test_one_step_attention_is_a_distribution():
    """alphas has one weight per input step (T_x of them), all >= 0, summing to 1."""
    a, s_prev, params = problem(9, 8, 3, 5, 6, scale=2.0)
    _, alphas = sub.one_step_attention(*copies(a, s_prev, params))
    alphas = np.asarray(alphas).reshape(-1)
    assert alphas.shape == (8,), f"alphas has {alphas.size} values, expected T_x = 8"
    expect(float(np.sum(alphas)), 1.0, "sum of alphas")
    assert np.all(alphas >= 0), "attention weights must be non-negative"


def test_one_step_attention_relu_energy():
    """The energy layer is a ReLU: when every pre-activation energy is negative, all energies are 0 and the weights are uniform."""
    a, s_prev, params = problem(10, 5, 2, 3, 4)
    params["W2"] = np.zeros((4, 1))
    params["b2"] = np.array([-3.0])
    params["W2"][0, 0] = 0.5
    _, alphas = sub.one_step_attention(*copies(a, s_prev, params))
    expect(np.asarray(alphas).reshape(-1), np.full(5, 0.2), "alphas with all-negative energies")
