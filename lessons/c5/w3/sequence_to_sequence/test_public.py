"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

X = np.eye(3).reshape(3, 1, 3)      # words 0, 1, 2 as one-hot columns, one example
ENC = {"Wax": np.array([[0.5, -0.5, 1.0], [1.0, 0.5, -1.0]]), "Waa": 0.5 * np.eye(2),
       "ba": np.array([[0.0], [0.1]])}
DEC = {"Daa": 0.5 * np.eye(2), "Day": np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]),
       "Dba": np.zeros((2, 1)), "Wya": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]),
       "by": np.zeros((3, 1))}


def test_encoder_forward_example():
    expect(sub.encoder_forward(X, ENC), np.array([[0.70070297], [-0.47704413]]),
           "encoder_forward(X, parameters)")


def test_decoder_step_example():
    a_next, y_hat = sub.decoder_step(np.array([[0.5], [-0.5]]), np.array([[1.0], [0.0], [0.0]]), DEC)
    expect(a_next, np.array([[0.84828364], [-0.24491866]]), "a_next")
    expect(y_hat, np.array([[0.47216365], [0.15824166], [0.36959469]]), "y_hat")
