"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

CONTEXTS = np.array([[1, 3], [3, 4], [4, 5]])   # "want glass of", "glass of orange"
PARAMETERS = {
    "W1": np.array([[0.5, -0.2, 0.1, 0.3, -0.4, 0.2], [0.0, 0.6, -0.3, 0.2, 0.1, -0.1]]),
    "b1": np.array([[0.1], [-0.1]]),
    "W2": np.array([[1.0, -1.0], [0.5, 0.5], [-0.5, 1.0], [0.2, 0.0], [0.0, -0.3], [0.8, 0.4]]),
    "b2": np.zeros((6, 1)),
}
X = np.array([[0.5, 0.8], [-0.2, 0.1], [0.8, 0.0], [0.1, 0.7], [0.0, 0.9], [0.7, -0.5]])


def test_context_input_two_examples():
    expect(sub.context_input(sub.E_SMALL, CONTEXTS), X, "context_input(E_SMALL, contexts)")


def test_language_model_forward_two_examples():
    expected = np.array([
        [0.35594503, 0.14840052],
        [0.1326095, 0.18869733],
        [0.05959291, 0.16933243],
        [0.14158659, 0.15673993],
        [0.14560757, 0.13959335],
        [0.16465841, 0.19723644],
    ])
    expect(sub.language_model_forward(X, PARAMETERS), expected, "language_model_forward(x, parameters)")
