"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_deep_rnn_forward_two_layers():
    x = np.array([1.0, -1.0]).reshape(1, 1, 2)
    parameters = [{"Wa": np.array([[0.5, 1.0]]), "ba": np.array([[0.0]])},
                  {"Wa": np.array([[-1.0, 2.0]]), "ba": np.array([[0.0]])}]
    a = sub.deep_rnn_forward(x, [np.zeros((1, 1)), np.zeros((1, 1))], parameters)
    expect(a, [np.array([0.76159416, -0.55057281]).reshape(1, 1, 2),
               np.array([0.90925167, -0.96475484]).reshape(1, 1, 2)],
           "deep_rnn_forward(x, a0, parameters)")


def test_deep_rnn_parameter_count_small():
    expect(sub.deep_rnn_parameter_count(3, [4, 2], 5), 61,
           "deep_rnn_parameter_count(3, [4, 2], 5)", strict_type=True)


def test_deep_rnn_parameter_count_characters():
    expect(sub.deep_rnn_parameter_count(27, [50, 50, 50], 27), 15377,
           "deep_rnn_parameter_count(27, [50, 50, 50], 27)", strict_type=True)
