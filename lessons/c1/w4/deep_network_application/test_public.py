"""Public tests: these are shown to you, with the values they expect.

The models run on a tiny made-up problem (5 features, 4 examples) for two iterations, so you
can rerun the same lines in a shell: np.random.seed(2) draws X, np.random.seed(1) comes right
before the model is called.
"""

import numpy as np

import submission as sub
from engine.testkit import expect


def _tiny_problem():
    np.random.seed(2)
    X = np.random.randn(5, 4)
    Y = np.array([[1, 0, 1, 0]])
    return X, Y


def test_two_layer_model_two_iterations():
    X, Y = _tiny_problem()
    np.random.seed(1)
    parameters, costs = sub.two_layer_model(X, Y, [5, 4, 1], num_iterations=2)
    expect(costs, [0.6930405161423723, 0.6930390197875961],
           "costs (recorded at iteration 0 and at the last iteration, 1)")
    expect(parameters["W2"], np.array([[-0.01110132, 0.01155476, 0.00892636, 0.00505143]]),
           "parameters['W2']")
    expect(parameters["b1"], np.array([[2.06857219e-05], [2.15061185e-05], [-1.68665379e-05],
                                       [9.42902961e-06]]), "parameters['b1']")


def test_L_layer_model_two_iterations():
    X, Y = _tiny_problem()
    np.random.seed(1)
    parameters, costs = sub.L_layer_model(X, Y, [5, 3, 2, 1], num_iterations=2)
    expect(costs, [0.6337364516415637, 0.6334680053960796],
           "costs (recorded at iteration 0 and at the last iteration, 1)")
    expect(parameters["W3"], np.array([[0.8094419, 0.63870604]]), "parameters['W3']")
    expect(parameters["b2"], np.array([[0.0], [0.00087438]]), "parameters['b2']")


def test_predict_example():
    # One layer: Z = 1*x1 - 1*x2 + 0.5, so the three columns give Z = 1.5, -2.5 and 0.
    parameters = {"W1": np.array([[1.0, -1.0]]), "b1": np.array([[0.5]])}
    X = np.array([[2.0, 0.0, 1.0], [1.0, 3.0, 1.5]])
    p = sub.predict(X, np.array([[1, 0, 1]]), parameters)
    expect(p, np.array([[1, 0, 0]]), "predict(X, y, parameters)")
