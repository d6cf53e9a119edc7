"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

X = np.array([[1.0, 0.0, 2.0, -1.0],
              [2.0, 0.0, -1.0, 1.0]])
Y = np.array([[1.0, 0.0, 1.0, 0.0]])


def start():
    return {"W1": np.array([[0.1, -0.2], [0.3, 0.0], [-0.1, 0.2]]), "b1": np.zeros((3, 1)),
            "W2": np.array([[0.2, -0.1, 0.3]]), "b2": np.zeros((1, 1))}


def test_gradient_descent_update_example():
    grads = {"dW1": np.array([[0.5, -0.5], [0.0, 1.0], [0.25, 0.0]]),
             "db1": np.array([[0.1], [-0.2], [0.0]]),
             "dW2": np.array([[1.0, -1.0, 0.5]]),
             "db2": np.array([[0.3]])}
    expect(sub.gradient_descent_update(start(), grads, 0.1),
           {"W1": np.array([[0.05, -0.15], [0.3, -0.1], [-0.125, 0.2]]),
            "b1": np.array([[-0.01], [0.02], [0.0]]),
            "W2": np.array([[0.1, 0.0, 0.25]]),
            "b2": np.array([[-0.03]])}, "gradient_descent_update(parameters, grads, 0.1)")


def test_train_steps_three_steps():
    parameters, costs = sub.train_steps(X, Y, start(), 1.2, 3)
    expect(costs, [0.71226123, 0.65440905, 0.59759036], "costs")
    expect(parameters["b2"], np.array([[-0.03058512]]), "parameters['b2']")
