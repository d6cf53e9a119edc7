"""Hidden tests: random shapes and weights, compared with the reference and with properties."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def enc_params(rng, n_x, n_a):
    return {"Wax": rng.normal(0, 0.8, (n_a, n_x)), "Waa": rng.normal(0, 0.5, (n_a, n_a)),
            "ba": rng.normal(0, 0.3, (n_a, 1))}


def dec_params(rng, n_a, n_y):
    return {"Daa": rng.normal(0, 0.5, (n_a, n_a)), "Day": rng.normal(0, 0.8, (n_a, n_y)),
            "Dba": rng.normal(0, 0.3, (n_a, 1)), "Wya": rng.normal(0, 1.0, (n_y, n_a)),
            "by": rng.normal(0, 0.3, (n_y, 1))}


@pytest.mark.parametrize("n_x,n_a,m,T_x,seed", [(4, 3, 5, 6, 1), (7, 5, 2, 3, 2), (3, 6, 4, 1, 3)])
def test_encoder_forward_random(n_x, n_a, m, T_x, seed):
    """Loop over ALL T_x steps: a = tanh(Waa a + Wax x<t> + ba), with x<t> = X[:, :, t]."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n_x, m, T_x))
    p = enc_params(rng, n_x, n_a)
    expected = reference().encoder_forward(X.copy(), {k: v.copy() for k, v in p.items()})
    expect(sub.encoder_forward(X, p), expected, "encoder_forward(X, parameters)")


def test_encoder_forward_remembers_first_and_last_word():
    """The encoding must change when either the FIRST or the LAST word changes (memory through Waa)."""
    rng = np.random.default_rng(5)
    p = enc_params(rng, 4, 3)
    X = rng.normal(size=(4, 2, 5))
    base = sub.encoder_forward(X, p)
    for t in (0, 4):
        Y = X.copy()
        Y[:, :, t] += 1.0
        assert not np.allclose(sub.encoder_forward(Y, p), base), f"changing word {t} left the encoding unchanged"


@pytest.mark.parametrize("n_a,n_y,m,seed", [(3, 5, 4, 7), (6, 4, 1, 8), (2, 7, 3, 9)])
def test_decoder_step_random(n_a, n_y, m, seed):
    """a_next = tanh(Daa a_prev + Day y_prev + Dba); y_hat = softmax(Wya a_next + by) over axis 0."""
    rng = np.random.default_rng(seed)
    p = dec_params(rng, n_a, n_y)
    a_prev = rng.normal(size=(n_a, m))
    y_prev = np.eye(n_y)[:, rng.integers(0, n_y, m)]
    expected = reference().decoder_step(a_prev.copy(), y_prev.copy(), p)
    expect(sub.decoder_step(a_prev, y_prev, p), expected, "decoder_step(a_prev, y_prev, parameters)")


def test_decoder_step_columns_are_distributions():
    """Each column of y_hat is one example's distribution over the words: it sums to 1 (axis 0)."""
    rng = np.random.default_rng(11)
    p = dec_params(rng, 4, 6)
    _, y_hat = sub.decoder_step(rng.normal(size=(4, 3)), np.eye(6)[:, [0, 2, 5]], p)
    expect(np.sum(y_hat, axis=0), np.ones(3), "np.sum(y_hat, axis=0)")


def test_decoder_step_listens_to_previous_word():
    """The word written at the previous step (y_prev) must feed into the new hidden state."""
    rng = np.random.default_rng(12)
    p = dec_params(rng, 3, 5)
    a_prev = rng.normal(size=(3, 1))
    a1, _ = sub.decoder_step(a_prev, np.eye(5)[:, [0]], p)
    a2, _ = sub.decoder_step(a_prev, np.eye(5)[:, [3]], p)
    assert not np.allclose(a1, a2), "a_next does not depend on y_prev"
