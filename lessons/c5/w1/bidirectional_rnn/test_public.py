"""Public tests: the worked example of the explanation (one unit, one example, T_x = 3)."""

import numpy as np

import submission as sub
from engine.testkit import expect

X = np.array([1.0, 0.0, -1.0]).reshape(1, 1, 3)
ZERO = np.zeros((1, 1))
PARAMS_F = {"Wax": np.array([[1.0]]), "Waa": np.array([[1.0]]), "ba": np.array([[0.0]])}
PARAMS_B = {"Wax": np.array([[2.0]]), "Waa": np.array([[0.5]]), "ba": np.array([[0.0]])}
A_F = np.array([0.76159416, 0.64201499, -0.34343794]).reshape(1, 1, 3)
A_B = np.array([0.94427118, -0.44785494, -0.96402758]).reshape(1, 1, 3)


def test_rnn_sweep_forwards():
    expect(sub.rnn_sweep(X, ZERO, PARAMS_F), A_F, "rnn_sweep(x, 0, params_f)")


def test_rnn_sweep_backwards():
    expect(sub.rnn_sweep(X, ZERO, PARAMS_B, reverse=True), A_B,
           "rnn_sweep(x, 0, params_b, reverse=True)")


def test_brnn_forward_example():
    y_hat, a_f, a_b = sub.brnn_forward(X, ZERO, ZERO, PARAMS_F, PARAMS_B, np.eye(2),
                                       np.zeros((2, 1)))
    expect(a_f, A_F, "a_f")
    expect(a_b, A_B, "a_b")
    expect(y_hat[:, 0, :], np.array([[0.45445732, 0.74835723, 0.65035264],
                                     [0.54554268, 0.25164277, 0.34964736]]), "y_hat[:, 0, :]")
