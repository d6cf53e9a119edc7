"""Public tests: these are shown to you, with the values they expect.

Most of them use the small network worked through in the explanation: 2 inputs, 4 hidden
units, 1 output, and three examples.
"""

import numpy as np

import submission as sub
from engine.testkit import expect

X = np.array([[1.0, -2.0, 0.5],
              [0.5, 1.5, -1.0]])
Y = np.array([[1, 0, 1]])
PARAMS = {"W1": np.array([[0.1, -0.2], [0.3, 0.05], [-0.15, 0.25], [0.2, 0.1]]),
          "b1": np.array([[0.01], [-0.02], [0.0], [0.03]]),
          "W2": np.array([[0.4, -0.3, 0.2, 0.5]]),
          "b2": np.array([[-0.1]])}
A1 = np.array([[0.00999967, -0.45421643, 0.25429553],
               [0.2958816, -0.49676344, 0.07982977],
               [-0.02499479, 0.58825926, -0.31402093],
               [0.27290508, -0.21651806, 0.029991]])
A2 = np.array([[0.4866754, 0.46922278, 0.4824973]])
GRADS = {"dW1": np.array([[-0.20001661, 0.10480339],
                          [0.14323492, -0.08101584],
                          [-0.0906625, 0.04468289],
                          [-0.2713439, 0.15838813]]),
         "db1": np.array([[-0.08331931], [0.0629159], [-0.04484183], [-0.09081755]]),
         "dW2": np.array([[-0.11662013, -0.14209605, 0.15045392, -0.08573484]]),
         "db2": np.array([[-0.18720151]])}


def test_layer_sizes_example():
    sizes = sub.layer_sizes(np.zeros((5, 3)), np.zeros((2, 3)))
    expect(sizes, (5, 4, 2), "layer_sizes(X of shape (5, 3), Y of shape (2, 3))")


def test_initialize_parameters_seed_2():
    np.random.seed(2)
    parameters = sub.initialize_parameters(2, 4, 1)
    expect(parameters, {
        "W1": np.array([[-0.00416758, -0.00056267],
                        [-0.02136196, 0.01640271],
                        [-0.01793436, -0.00841747],
                        [0.00502881, -0.01245288]]),
        "b1": np.zeros((4, 1)),
        "W2": np.array([[-0.01057952, -0.00909008, 0.00551454, 0.02292208]]),
        "b2": np.zeros((1, 1))}, "initialize_parameters(2, 4, 1) after np.random.seed(2)")


def test_forward_propagation_example():
    A2_out, cache = sub.forward_propagation(X, PARAMS)
    expect(A2_out, A2, "A2")
    expect(cache, {"Z1": np.array([[0.01, -0.49, 0.26],
                                   [0.305, -0.545, 0.08],
                                   [-0.025, 0.675, -0.325],
                                   [0.28, -0.22, 0.03]]),
                   "A1": A1,
                   "Z2": np.array([[-0.05331103, -0.12326472, -0.0700394]]),
                   "A2": A2}, "cache")


def test_compute_cost_example():
    expect(sub.compute_cost(A2, Y), 0.6941169174099784, "compute_cost(A2, Y)", strict_type=True)
    expect(sub.compute_cost(np.array([[0.8, 0.1, 0.6]]), Y), 0.2797765635793423,
           "compute_cost([[0.8, 0.1, 0.6]], Y)", strict_type=True)


def test_backward_propagation_example():
    cache = {"Z1": np.arctanh(A1), "A1": A1, "Z2": np.log(A2 / (1 - A2)), "A2": A2}
    expect(sub.backward_propagation(PARAMS, cache, X, Y), GRADS,
           "backward_propagation(parameters, cache, X, Y)", rtol=1e-6)


def test_update_parameters_example():
    expect(sub.update_parameters(PARAMS, GRADS), {
        "W1": np.array([[0.34001994, -0.32576407],
                        [0.1281181, 0.14721901],
                        [-0.041205, 0.19638053],
                        [0.52561268, -0.09006576]]),
        "b1": np.array([[0.10998317], [-0.09549909], [0.05381019], [0.13898105]]),
        "W2": np.array([[0.53994416, -0.12948474, 0.0194553, 0.60288181]]),
        "b2": np.array([[0.12464181]])}, "update_parameters(parameters, grads)")


def test_nn_model_small_problem():
    Xs = np.array([[1.0, -1.0, 1.0, -1.0, 0.5, -0.3],
                   [1.0, -1.0, -1.0, 1.0, 0.2, 0.8]])
    Ys = np.array([[1, 1, 0, 0, 1, 0]])
    np.random.seed(3)
    parameters = sub.nn_model(Xs, Ys, 4, num_iterations=3)
    expect(parameters["W2"], np.array([[0.00306645, -0.00131731, -0.01355982, 0.0100449]]),
           "W2 after 3 iterations (np.random.seed(3))")
    expect(parameters["b2"], np.array([[-5.3654749e-06]]), "b2 after 3 iterations")
    np.random.seed(3)
    parameters = sub.nn_model(Xs, Ys, 4, num_iterations=1000)
    expect(parameters["b2"], np.array([[-6.04462493]]), "b2 after 1000 iterations", rtol=1e-4)


def test_predict_example():
    parameters = {"W1": np.array([[1.0, -2.0], [3.0, 0.5], [-1.5, 2.5], [2.0, 1.0]]),
                  "b1": np.array([[0.1], [-0.2], [0.0], [0.3]]),
                  "W2": np.array([[4.0, -3.0, 2.0, 5.0]]),
                  "b2": np.array([[-1.0]])}
    predictions = sub.predict(parameters, X)
    expect(np.asarray(predictions, dtype=float), np.array([[1.0, 0.0, 1.0]]),
           "predict(parameters, X) (A2 = [[0.708, 0.008, 0.605]])")
