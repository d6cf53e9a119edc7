"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

GRADS = {"dW1": np.array([[1.0, -2.0, 0.0], [0.5, 3.0, -1.0]]),
         "db1": np.array([[0.2], [-0.1]]),
         "dW2": np.array([[4.0, -1.0]]),
         "db2": np.array([[0.3]])}
APPROX = {"dW1": GRADS["dW1"] + 1e-9,
          "db1": GRADS["db1"] / 4,
          "dW2": GRADS["dW2"] / 2,
          "db2": GRADS["db2"].copy()}


def test_suspicious_parameters_two_bugs():
    expect(sub.suspicious_parameters(GRADS, APPROX), ["db1", "dW2"],
           "suspicious_parameters(grads, grads_approx)")


def test_suspicious_parameters_none():
    expect(sub.suspicious_parameters(GRADS, GRADS), [], "suspicious_parameters(grads, grads)")


PARAMETERS = {"W1": np.array([[1.0, -1.0, 0.0], [2.0, 0.0, 1.0]]),
              "b1": np.array([[0.5], [-0.5]]),
              "W2": np.array([[1.0, -2.0]]),
              "b2": np.array([[0.1]])}
UNREG = {"dW1": np.array([[0.1, 0.2, 0.3], [0.0, -0.1, 0.2]]),
         "db1": np.array([[0.05], [0.01]]),
         "dW2": np.array([[0.3, -0.4]]),
         "db2": np.array([[0.02]])}


def test_regularized_cost_and_grads_example():
    cost_reg, grads_reg = sub.regularized_cost_and_grads(0.6, UNREG, PARAMETERS, 0.7, 4)
    expect(cost_reg, 1.65, "cost_reg")
    expect(grads_reg, {"dW1": np.array([[0.275, 0.025, 0.3], [0.35, -0.1, 0.375]]),
                       "db1": np.array([[0.05], [0.01]]),
                       "dW2": np.array([[0.475, -0.75]]),
                       "db2": np.array([[0.02]])}, "grads_reg")
