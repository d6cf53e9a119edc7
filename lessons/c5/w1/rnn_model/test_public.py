"""Public tests: the small RNN of the explanation (n_x = 3, n_a = 2, n_y = 2, T_x = 4)."""

import numpy as np

import submission as sub
from engine.testkit import expect


def _parameters():
    return {"Waa": np.array([[0.5, -0.3], [0.1, 0.2]]),
            "Wax": np.array([[1.0, 0.0, -1.0], [0.0, 2.0, 0.5]]),
            "ba": np.array([[0.1], [-0.1]]),
            "Wya": np.array([[1.0, -1.0], [0.5, 2.0]]),
            "by": np.array([[0.0], [0.2]])}


X = np.eye(3)[:, [0, 2, 1, 2]]        # the word indices 0, 2, 1, 2 as one-hot columns


def test_rnn_step_first_step():
    a_next, yt_hat = sub.rnn_step(X[:, 0:1], np.zeros((2, 1)), _parameters())
    expect(a_next, np.array([[0.80049902], [-0.09966799]]), "a<1>")
    expect(yt_hat, np.array([[0.62228388], [0.37771612]]), "yhat<1>")


def test_rnn_unroll_four_steps():
    a, y_hat = sub.rnn_unroll(X, np.zeros((2, 1)), _parameters())
    expect(a, np.array([[0.80049902, -0.43807818, -0.24312502, -0.86414266],
                        [-0.09966799, 0.430179, 0.9597103, 0.51361629]]), "a")
    expect(y_hat, np.array([[0.62228388, 0.15321871, 0.03913964, 0.10220876],
                            [0.37771612, 0.84678129, 0.96086036, 0.89779124]]), "y_hat")
