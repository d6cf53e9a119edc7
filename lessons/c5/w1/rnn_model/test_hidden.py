"""Hidden tests: other sizes (n_x, n_a, n_y all different), batches, nonzero a0, properties."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def _parameters(rng, n_x, n_a, n_y):
    return {"Wax": rng.normal(0, 0.8, (n_a, n_x)), "Waa": rng.normal(0, 0.8, (n_a, n_a)),
            "Wya": rng.normal(0, 0.8, (n_y, n_a)), "ba": rng.normal(0, 0.5, (n_a, 1)),
            "by": rng.normal(0, 0.5, (n_y, 1))}


def _copy(parameters):
    return {k: v.copy() for k, v in parameters.items()}


@pytest.mark.parametrize("n_x, n_a, n_y, m, seed", [(3, 5, 2, 10, 1), (6, 4, 7, 3, 2),
                                                    (2, 3, 4, 1, 3)])
def test_rnn_step_random(n_x, n_a, n_y, m, seed):
    """a<t> = tanh(Waa a<t-1> + Wax x<t> + ba) and yhat<t> = softmax(Wya a<t> + by): Waa goes
    with a_prev, Wax with xt, both biases included, and the output is computed from the NEW
    state."""
    rng = np.random.default_rng(seed)
    p = _parameters(rng, n_x, n_a, n_y)
    xt, a_prev = rng.normal(size=(n_x, m)), rng.normal(0, 0.7, (n_a, m))
    expected = reference().rnn_step(xt.copy(), a_prev.copy(), _copy(p))
    expect(sub.rnn_step(xt, a_prev, p), expected, "rnn_step(xt, a_prev, parameters)")


def test_rnn_step_properties():
    """The hidden state is a tanh, so it lies in (-1, 1) and can be negative; each COLUMN of
    yhat is a probability distribution over the n_y classes (softmax down axis 0)."""
    rng = np.random.default_rng(9)
    p = _parameters(rng, 4, 6, 5)
    a_next, yt_hat = sub.rnn_step(rng.normal(size=(4, 7)), rng.normal(size=(6, 7)), p)
    expect(a_next.shape, (6, 7), "a_next.shape")
    expect(yt_hat.shape, (5, 7), "yt_hat.shape")
    assert np.all(np.abs(a_next) < 1), "tanh keeps every hidden value strictly inside (-1, 1)"
    assert np.any(a_next < 0), "some hidden values should be negative (tanh, not sigmoid)"
    expect(yt_hat.sum(axis=0), np.ones(7), "the column sums of yt_hat")


def test_rnn_step_examples_are_independent():
    """Each column is its own example: running a batch gives the same columns as running each
    example alone."""
    rng = np.random.default_rng(4)
    p = _parameters(rng, 3, 5, 4)
    xt, a_prev = rng.normal(size=(3, 6)), rng.normal(size=(5, 6))
    a_all, y_all = sub.rnn_step(xt, a_prev, p)
    a_one, y_one = sub.rnn_step(xt[:, 2:3], a_prev[:, 2:3], p)
    expect(a_all[:, 2:3], a_one, "column 2 of a_next")
    expect(y_all[:, 2:3], y_one, "column 2 of yt_hat")


@pytest.mark.parametrize("n_x, n_a, n_y, T_x, seed", [(4, 3, 5, 6, 1), (7, 5, 2, 3, 2),
                                                      (3, 6, 3, 9, 3), (5, 2, 4, 1, 4)])
def test_rnn_unroll_random(n_x, n_a, n_y, T_x, seed):
    """Loop t over ALL T_x steps, feed column t of x, carry the new hidden state into the next
    step, and store a<t> and yhat<t> (after the step) in column t."""
    rng = np.random.default_rng(seed)
    p = _parameters(rng, n_x, n_a, n_y)
    x, a0 = rng.normal(size=(n_x, T_x)), rng.normal(0, 0.5, (n_a, 1))
    expected = reference().rnn_unroll(x.copy(), a0.copy(), _copy(p))
    expect(sub.rnn_unroll(x, a0, p), expected, "rnn_unroll(x, a0, parameters)")


def test_rnn_unroll_uses_shared_weights_and_memory():
    """The unrolled network is rnn_step applied again and again with the SAME parameters, each
    step receiving the state the previous one produced: change only x<1> and every later state
    changes too."""
    rng = np.random.default_rng(11)
    p = _parameters(rng, 3, 4, 2)
    x = rng.normal(size=(3, 5))
    a, _ = sub.rnn_unroll(x, np.zeros((4, 1)), p)
    x2 = x.copy()
    x2[:, 0] += 1.5
    a2, _ = sub.rnn_unroll(x2, np.zeros((4, 1)), p)
    assert np.all(np.abs(a2[:, -1] - a[:, -1]) > 0), \
        "the last hidden state must depend on the first input (carry a_prev forward)"
    a_step = np.zeros((4, 1))
    for t in range(5):
        a_step, _ = reference().rnn_step(x[:, t:t + 1], a_step, p)
    expect(a[:, -1:], a_step, "the last column of a")
