"""Public tests: the two-output, three-input example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

E = np.array([[2.0, 1.0, 0.0],
              [0.0, 0.0, 3.0]])
A = np.array([[1.0, 0.0],
              [0.0, 1.0],
              [1.0, 1.0]])
ALPHAS = np.array([[0.66524096, 0.24472847, 0.09003057],
                   [0.0452785, 0.0452785, 0.909443]])


def test_attention_weights_example():
    expect(sub.attention_weights(E.copy()), ALPHAS, "attention_weights(E)")


def test_context_vectors_example():
    expect(sub.context_vectors(ALPHAS.copy(), A.copy()),
           np.array([[0.75527153, 0.33475904], [0.9547215, 0.9547215]]), "context_vectors(alphas, a)")
