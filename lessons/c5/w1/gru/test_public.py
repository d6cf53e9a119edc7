"""Public tests: the worked examples of the explanation (n_c = 2, n_x = 1, one example)."""

import numpy as np

import submission as sub
from engine.testkit import expect

C_PREV = np.array([[0.8], [-0.5]])
XT = np.array([[1.0]])


def parameters():
    return {"Wc": np.array([[0.5, 0.0, 1.0], [0.0, 1.0, -1.0]]), "bc": np.zeros((2, 1)),
            "Wu": np.array([[0.0, 0.0, -2.0], [0.0, 0.0, 2.0]]), "bu": np.zeros((2, 1)),
            "Wr": np.zeros((2, 3)), "br": np.array([[0.0], [-1.0]])}


def test_simplified_gru_step_example():
    c_next, gamma_u, c_tilde = sub.simplified_gru_step(C_PREV, XT, parameters())
    expect(c_tilde, np.array([[0.88535165], [-0.90514825]]), "c_tilde")
    expect(gamma_u, np.array([[0.11920292], [0.88079708]]), "gamma_u")
    expect(c_next, np.array([[0.81017417], [-0.8568534]]), "c_next")


def test_simplified_gru_step_closed_gate_remembers():
    params = parameters()
    params["bu"] = np.full((2, 1), -50.0)
    c_next, _, _ = sub.simplified_gru_step(C_PREV, XT, params)
    expect(c_next, C_PREV, "c_next with the update gate shut (bu = -50)")


def test_gru_step_example():
    c_next, gamma_u, gamma_r, c_tilde = sub.gru_step(C_PREV, XT, parameters())
    expect(gamma_r, np.array([[0.5], [0.26894142]]), "gamma_r")
    expect(c_tilde, np.array([[0.83365461], [-0.81254381]]), "c_tilde")
    expect(gamma_u, np.array([[0.11920292], [0.88079708]]), "gamma_u")
    expect(c_next, np.array([[0.80401173], [-0.77528768]]), "c_next")
