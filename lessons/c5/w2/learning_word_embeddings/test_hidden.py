"""Hidden tests: fresh sizes and seeds, compared with the reference and with exact properties."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed,n_e,vocab_size,window,m", [(1, 3, 10, 4, 5), (8, 5, 20, 2, 3), (13, 2, 7, 6, 1)])
def test_context_input_random(seed, n_e, vocab_size, window, m):
    """Stack whole embeddings one after another: first context word on top, shape (window * n_e, m)."""
    rng = np.random.default_rng(seed)
    E = rng.normal(size=(n_e, vocab_size))
    contexts = rng.integers(0, vocab_size, size=(window, m))
    expected = reference().context_input(E.copy(), contexts.copy())
    expect(sub.context_input(E, contexts), expected, "context_input(E, contexts)")


def test_context_input_blocks_are_embeddings():
    """Rows k*n_e .. (k+1)*n_e - 1 of column i must be exactly the embedding of contexts[k, i]."""
    rng = np.random.default_rng(21)
    E = rng.normal(size=(3, 8))
    contexts = np.array([[7, 0], [2, 2], [5, 1], [0, 6]])
    x = np.asarray(sub.context_input(E, contexts))
    assert x.shape == (12, 2), f"expected shape (12, 2), got {x.shape}"
    for k in range(4):
        expect(x[3 * k:3 * k + 3, :], E[:, contexts[k]], f"block {k} of x (context word {k})")


def _parameters(rng, n_x, n_h, vocab_size):
    return {"W1": rng.normal(size=(n_h, n_x)), "b1": rng.normal(size=(n_h, 1)),
            "W2": rng.normal(size=(vocab_size, n_h)), "b2": rng.normal(size=(vocab_size, 1))}


@pytest.mark.parametrize("seed,n_x,n_h,vocab_size,m", [(2, 8, 5, 12, 4), (7, 6, 3, 9, 7), (30, 12, 10, 15, 1)])
def test_language_model_forward_random(seed, n_x, n_h, vocab_size, m):
    """tanh(W1 x + b1), then softmax(W2 a1 + b2) down each COLUMN (axis 0): one distribution per example."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n_x, m))
    parameters = _parameters(rng, n_x, n_h, vocab_size)
    expected = reference().language_model_forward(x.copy(), {k: v.copy() for k, v in parameters.items()})
    expect(sub.language_model_forward(x, parameters), expected, "language_model_forward(x, parameters)")


def test_language_model_forward_columns_are_distributions():
    """Every column of y_hat is a probability distribution over the vocabulary: positive, sums to 1."""
    rng = np.random.default_rng(44)
    y_hat = np.asarray(sub.language_model_forward(rng.normal(size=(6, 5)), _parameters(rng, 6, 4, 11)))
    assert y_hat.shape == (11, 5), f"expected shape (11, 5), got {y_hat.shape}"
    expect(y_hat.sum(axis=0), np.ones(5), "the column sums of y_hat")
    assert np.all(y_hat > 0), "every probability must be positive"
