"""Public tests: the three-input example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

A = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
S_PREV = np.array([0.5])
PARAMS = {"W1": np.array([[1.0, -1.0], [1.0, 0.0], [0.0, 1.0]]), "b1": np.array([0.0, 0.0]),
          "W2": np.array([[2.0], [1.0]]), "b2": np.array([0.0])}


def test_repeat_and_concat_example():
    expect(sub.repeat_and_concat(S_PREV.copy(), A.copy()),
           np.array([[0.5, 1.0, 0.0], [0.5, 0.0, 1.0], [0.5, 1.0, 1.0]]), "repeat_and_concat(s_prev, a)")


def test_one_step_attention_example():
    context, alphas = sub.one_step_attention(A.copy(), S_PREV.copy(), {k: v.copy() for k, v in PARAMS.items()})
    expect(alphas, np.array([0.21935366, 0.22788872, 0.55275763]), "alphas")
    expect(context, np.array([0.77211128, 0.78064634]), "context")
