"""Hidden tests: random, non-square shapes so an axis or a transpose error shows."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed,t_y,t_x", [(1, 4, 7), (2, 6, 3), (3, 1, 5), (4, 9, 2)])
def test_attention_weights_random(seed, t_y, t_x):
    """Softmax along axis=1 (over the input steps t'), once per output step t, with keepdims=True."""
    e = np.random.default_rng(seed).normal(0, 2, (t_y, t_x))
    expected = reference().attention_weights(e.copy())
    expect(sub.attention_weights(e), expected, "attention_weights(energies)")


def test_attention_weights_rows_sum_to_one():
    """Every ROW (one output step) must be a probability distribution over the T_x inputs."""
    e = np.random.default_rng(5).normal(0, 1, (3, 8))
    alphas = np.asarray(sub.attention_weights(e))
    assert alphas.shape == (3, 8), f"shape {alphas.shape}, expected (3, 8)"
    expect(alphas.sum(axis=1), np.ones(3), "attention_weights(energies).sum(axis=1)")
    assert np.all(alphas >= 0), "attention weights must be non-negative"


def test_attention_weights_shift_invariant_and_stable():
    """Subtract each row's max before np.exp: energies of 1000 must not overflow to nan."""
    e = np.array([[1000.0, 999.0, 998.0, 990.0], [5.0, 5.0, 5.0, 5.0]])
    expected = reference().attention_weights(e - 1000.0 * np.array([[1.0], [0.0]]))
    expect(sub.attention_weights(e.copy()), expected, "attention_weights(large energies)")


def test_attention_weights_negative_energies():
    """Energies can be negative: exponentiate them, do not just divide by their sum."""
    e = np.array([[-1.0, 2.0, 0.5], [0.0, -3.0, 1.0]])
    expected = np.exp(e) / np.exp(e).sum(axis=1, keepdims=True)
    expect(sub.attention_weights(e.copy()), expected, "attention_weights(energies)")


@pytest.mark.parametrize("seed,t_y,t_x,n_a", [(6, 5, 7, 3), (7, 2, 4, 6), (8, 8, 3, 2)])
def test_context_vectors_random(seed, t_y, t_x, n_a):
    """c<t> = sum over t' of alpha<t,t'> a<t'>: alphas (T_y, T_x) times a (T_x, n_a) gives (T_y, n_a)."""
    rng = np.random.default_rng(seed)
    alphas = reference().attention_weights(rng.normal(0, 1, (t_y, t_x)))
    a = rng.normal(0, 1, (t_x, n_a))
    expected = np.einsum("ts,sn->tn", alphas, a)
    expect(sub.context_vectors(alphas.copy(), a.copy()), expected, "context_vectors(alphas, a)")


def test_context_vectors_one_hot_picks_a_row():
    """If output t puts all its attention on input t', its context is exactly a<t'> (a sum, not an average)."""
    a = np.arange(12.0).reshape(4, 3)
    alphas = np.array([[0.0, 0.0, 1.0, 0.0], [1.0, 0.0, 0.0, 0.0]])
    expect(sub.context_vectors(alphas, a.copy()), a[[2, 0]], "context_vectors(one-hot alphas, a)")
