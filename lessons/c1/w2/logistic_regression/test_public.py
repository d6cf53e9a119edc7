"""Public tests: these are shown to you, with the values they expect.

Most of them use the small example worked through in the explanation: two features, four
examples, w = [[0.5], [-1.0]] and b = 0.25.
"""

import numpy as np

import submission as sub
from engine.testkit import expect

W = np.array([[0.5], [-1.0]])
B = 0.25
X = np.array([[1.0, 2.0, -1.5, 0.0],
              [0.5, -1.0, 2.0, 1.0]])
Y = np.array([[1, 1, 0, 0]])


def test_sigmoid_example():
    expect(sub.sigmoid(np.array([-1.0, 0.0, 2.0])),
           np.array([0.26894142, 0.5, 0.88079708]), "sigmoid([-1, 0, 2])")
    expect(sub.sigmoid(3.0), 0.9525741268224334, "sigmoid(3.0)")


def test_initialize_with_zeros_dim_3():
    w, b = sub.initialize_with_zeros(3)
    expect(w, np.zeros((3, 1)), "w")
    expect(b, 0.0, "b", strict_type=True)


def test_propagate_example():
    grads, cost = sub.propagate(W, B, X, Y)
    expect(grads["dw"], np.array([[-0.18557742], [0.08724384]]), "grads['dw']")
    expect(grads["db"], -0.0341233707918652, "grads['db']")
    expect(cost, 0.2854766798007601, "cost")


def test_optimize_example():
    params, grads, costs = sub.optimize(W, B, X, Y, num_iterations=101, learning_rate=0.1)
    expect(params["w"], np.array([[1.53603737], [-1.50128689]]), "params['w']")
    expect(params["b"], 0.35410720589581934, "params['b']")
    expect(grads["dw"], np.array([[-0.06716626], [0.03539164]]), "grads['dw']")
    expect(grads["db"], -0.000466318092575288, "grads['db']")
    expect(costs, [0.2854766798007601, 0.14248366654871011], "costs")


def test_predict_example():
    X_new = np.array([[1.0, -2.0, 1.0, 3.0, -0.5],
                      [-1.0, 1.0, 0.6, 1.0, 0.0]])
    expect(sub.predict(W, B, X_new), np.array([[1.0, 0.0, 1.0, 1.0, 0.0]]),
           "predict(w, b, X_new)")


def test_model_example():
    X_train = np.array([[1.0, 2.0, -1.0, -2.0, 0.5, -0.5],
                        [0.5, 1.5, -1.0, 0.0, -0.5, 1.0]])
    Y_train = np.array([[1, 1, 0, 0, 1, 0]])
    X_test = np.array([[1.5, -1.5, 0.2],
                       [1.0, -0.5, -0.3]])
    Y_test = np.array([[1, 0, 1]])
    d = sub.model(X_train, Y_train, X_test, Y_test, num_iterations=150, learning_rate=0.1)
    expect(d, {"costs": [0.6931471805599453, 0.1486211873192418],
               "Y_prediction_test": np.array([[1.0, 0.0, 1.0]]),
               "Y_prediction_train": np.array([[1.0, 1.0, 0.0, 0.0, 1.0, 0.0]]),
               "w": np.array([[2.43034271], [-0.20812002]]),
               "b": 0.0031203736272843526,
               "learning_rate": 0.1,
               "num_iterations": 150}, "d")
