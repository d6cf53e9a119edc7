"""Public tests: the worked examples of the explanation (n_a = 2, n_x = 1, one example)."""

import numpy as np

import submission as sub
from engine.testkit import expect

A_PREV = np.array([[0.5], [-1.0]])
XT = np.array([[2.0]])
C_PREV = np.array([[1.0], [2.0]])
PARAMETERS = {
    "Wf": np.array([[0.0, 0.0, 2.0], [0.0, 0.0, -1.0]]), "bf": np.zeros((2, 1)),
    "Wu": np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 0.0]]), "bu": np.zeros((2, 1)),
    "Wo": np.zeros((2, 3)), "bo": np.array([[0.0], [1.0]]),
    "Wc": np.array([[0.0, 1.0, 0.5], [2.0, 0.0, 0.0]]), "bc": np.zeros((2, 1)),
}
GATES = (np.array([[0.98201379], [0.11920292]]), np.array([[0.62245933], [0.5]]),
         np.array([[0.5], [0.73105858]]), np.array([[0.0], [0.76159416]]))


def test_lstm_gates_example():
    expect(sub.lstm_gates(A_PREV, XT, PARAMETERS), GATES,
           "lstm_gates(a_prev, xt, parameters) = (gamma_f, gamma_u, gamma_o, c_tilde)")


def test_lstm_memory_update_example():
    expect(sub.lstm_memory_update(C_PREV, *GATES),
           (np.array([[0.98201379], [0.61920292]]), np.array([[0.37696817], [0.40250098]])),
           "lstm_memory_update(c_prev, ...) = (c_next, a_next)")


def test_memory_retention_example():
    gamma_f = np.array([[[1.0, 1.0, 0.2, 1.0]],
                        [[0.9, 0.9, 0.9, 0.9]]])
    expect(sub.memory_retention(gamma_f),
           np.array([[[1.0, 1.0, 0.2, 0.2]],
                     [[0.9, 0.81, 0.729, 0.6561]]]), "memory_retention(gamma_f)")
