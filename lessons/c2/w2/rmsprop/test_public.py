"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_rmsprop_step_first_step_on_the_bowl():
    w = np.array([-4.0, 1.0])
    dw = np.array([-4.0, 25.0])
    expect(sub.rmsprop_step(w, dw, np.zeros(2), 0.9, 0.01),
           (np.array([-3.9683772236, 0.9683772234]), np.array([1.6, 62.5])),
           "rmsprop_step(w, dw, zeros, 0.9, 0.01)")


def test_rmsprop_step_matrix():
    W = np.array([[1.0, -2.0, 0.5], [0.0, 3.0, -1.0]])
    dW = np.array([[0.5, -1.0, 0.0], [2.0, 0.1, -0.3]])
    s = np.array([[0.25, 1.0, 0.04], [0.0, 0.01, 0.09]])
    expect(sub.rmsprop_step(W, dW, s, 0.9, 0.1),
           (np.array([[0.9, -1.9, 0.5], [-0.316227761, 2.9, -0.9]]),
            np.array([[0.25, 1.0, 0.036], [0.4, 0.01, 0.09]])),
           "rmsprop_step(W, dW, s, 0.9, 0.1)")


def test_update_parameters_with_rmsprop_two_layers():
    parameters = {"W1": np.array([[1.5, -0.5]]), "b1": np.array([[0.25]]),
                  "W2": np.array([[2.0], [0.5]]), "b2": np.array([[0.5], [2.0]])}
    grads = {"dW1": np.array([[0.3, -0.3]]), "db1": np.array([[1.0]]),
             "dW2": np.array([[-2.0], [0.0]]), "db2": np.array([[0.5], [0.5]])}
    s = {"dW1": np.array([[0.0, 0.0]]), "db1": np.array([[0.0]]),
         "dW2": np.array([[0.0], [0.0]]), "db2": np.array([[0.0], [0.0]])}
    new_parameters, new_s = sub.update_parameters_with_rmsprop(parameters, grads, s, 0.99, 0.1)
    expect(new_parameters, {"W1": np.array([[0.5, 0.5]]), "b1": np.array([[-0.75]]),
                            "W2": np.array([[3.0], [0.5]]), "b2": np.array([[-0.5], [1.0]])},
           "parameters after update_parameters_with_rmsprop")
    expect(new_s, {"dW1": np.array([[0.0009, 0.0009]]), "db1": np.array([[0.01]]),
                   "dW2": np.array([[0.04], [0.0]]), "db2": np.array([[0.0025], [0.0025]])},
           "s after update_parameters_with_rmsprop")
