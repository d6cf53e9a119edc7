"""Public tests: these are shown to you, with the values they expect.

Inputs are drawn with np.random.seed(...) and np.random.randn, so you can rebuild any of them
in a Python shell and compare step by step.
"""

import numpy as np

import submission as sub
from engine.testkit import expect


def _two_layer_caches():
    """A 2-layer network's caches, as L_model_forward would have stored them."""
    np.random.seed(3)
    AL = np.random.randn(1, 2)
    Y = np.array([[1, 0]])
    A1, W1, b1, Z1 = (np.random.randn(4, 2), np.random.randn(3, 4), np.random.randn(3, 1),
                      np.random.randn(3, 2))
    A2, W2, b2, Z2 = (np.random.randn(3, 2), np.random.randn(1, 3), np.random.randn(1, 1),
                      np.random.randn(1, 2))
    caches = [((A1, W1, b1), Z1), ((A2, W2, b2), Z2)]
    return AL, Y, caches


def test_initialize_parameters_example():
    np.random.seed(1)
    parameters = sub.initialize_parameters(3, 2, 1)
    expect(parameters, {
        "W1": np.array([[0.01624345, -0.00611756, -0.00528172],
                        [-0.01072969, 0.00865408, -0.02301539]]),
        "b1": np.zeros((2, 1)),
        "W2": np.array([[0.01744812, -0.00761207]]),
        "b2": np.zeros((1, 1)),
    }, "initialize_parameters(3, 2, 1) after np.random.seed(1)")


def test_initialize_parameters_deep_example():
    np.random.seed(3)
    parameters = sub.initialize_parameters_deep([5, 4, 3])
    expect(parameters, {
        "W1": np.array([[0.01788628, 0.0043651, 0.00096497, -0.01863493, -0.00277388],
                        [-0.00354759, -0.00082741, -0.00627001, -0.00043818, -0.00477218],
                        [-0.01313865, 0.00884622, 0.00881318, 0.01709573, 0.00050034],
                        [-0.00404677, -0.0054536, -0.01546477, 0.00982367, -0.01101068]]),
        "b1": np.zeros((4, 1)),
        "W2": np.array([[-0.01185047, -0.0020565, 0.01486148, 0.00236716],
                        [-0.01023785, -0.00712993, 0.00625245, -0.00160513],
                        [-0.00768836, -0.00230031, 0.00745056, 0.01976111]]),
        "b2": np.zeros((3, 1)),
    }, "initialize_parameters_deep([5, 4, 3]) after np.random.seed(3)")


def test_linear_forward_example():
    np.random.seed(1)
    A, W, b = np.random.randn(3, 2), np.random.randn(1, 3), np.random.randn(1, 1)
    Z, cache = sub.linear_forward(A, W, b)
    expect(Z, np.array([[3.26295337, -1.23429987]]), "Z")
    assert isinstance(cache, tuple) and len(cache) == 3, "cache should be the tuple (A, W, b)"


def test_linear_activation_forward_example():
    np.random.seed(2)
    A_prev, W, b = np.random.randn(3, 2), np.random.randn(1, 3), np.random.randn(1, 1)
    A, cache = sub.linear_activation_forward(A_prev, W, b, "sigmoid")
    expect(A, np.array([[0.96890023, 0.11013289]]), "A with activation='sigmoid'")
    A, cache = sub.linear_activation_forward(A_prev, W, b, "relu")
    expect(A, np.array([[3.43896131, 0.0]]), "A with activation='relu'")
    assert isinstance(cache, tuple) and len(cache) == 2, \
        "cache should be the tuple (linear_cache, activation_cache)"


def test_L_model_forward_example():
    np.random.seed(6)
    X = np.random.randn(5, 4)
    parameters = {"W1": np.random.randn(4, 5), "b1": np.random.randn(4, 1),
                  "W2": np.random.randn(3, 4), "b2": np.random.randn(3, 1),
                  "W3": np.random.randn(1, 3), "b3": np.random.randn(1, 1)}
    AL, caches = sub.L_model_forward(X, parameters)
    expect(AL, np.array([[0.03921668, 0.70498921, 0.19734387, 0.04728177]]), "AL")
    expect(len(caches), 3, "len(caches) for a 3-layer network")


def test_compute_cost_example():
    Y = np.array([[1, 1, 0]])
    AL = np.array([[0.8, 0.9, 0.4]])
    cost = sub.compute_cost(AL, Y)
    assert np.ndim(cost) == 0, f"the cost should be a scalar, got shape {np.shape(cost)}"
    expect(float(cost), 0.2797765635793423, "compute_cost(AL, Y)")


def test_linear_backward_example():
    np.random.seed(1)
    dZ = np.random.randn(3, 4)
    A, W, b = np.random.randn(5, 4), np.random.randn(3, 5), np.random.randn(3, 1)
    dA_prev, dW, db = sub.linear_backward(dZ, (A, W, b))
    expect(dA_prev, np.array([
        [-1.15171336, 0.06718465, -0.3204696, 2.09812712],
        [0.60345879, -3.72508701, 5.81700741, -3.84326836],
        [-0.4319552, -1.30987417, 1.72354705, 0.05070578],
        [-0.38981415, 0.60811244, -1.25938424, 1.47191593],
        [-2.52214926, 2.67882552, -0.67947465, 1.48119548]]), "dA_prev")
    expect(dW, np.array([
        [0.07313866, -0.0976715, -0.87585828, 0.73763362, 0.00785716],
        [0.85508818, 0.37530413, -0.59912655, 0.71278189, -0.58931808],
        [0.97913304, -0.24376494, -0.08839671, 0.55151192, -0.10290907]]), "dW")
    expect(db, np.array([[-0.14713786], [-0.11313155], [-0.13209101]]), "db")


def test_linear_activation_backward_example():
    np.random.seed(2)
    dA = np.random.randn(1, 2)
    A, W, b = np.random.randn(3, 2), np.random.randn(1, 3), np.random.randn(1, 1)
    Z = np.random.randn(1, 2)
    cache = ((A, W, b), Z)
    dA_prev, dW, db = sub.linear_activation_backward(dA, cache, "sigmoid")
    expect(dW, np.array([[0.10266786, 0.09778551, -0.01968084]]), "dW (sigmoid)")
    expect(db, np.array([[-0.05729622]]), "db (sigmoid)")
    dA_prev, dW, db = sub.linear_activation_backward(dA, cache, "relu")
    expect(dA_prev, np.array([[0.44090989, 0.0], [0.37883606, 0.0], [-0.2298228, 0.0]]),
           "dA_prev (relu)")
    expect(db, np.array([[-0.20837892]]), "db (relu)")


def test_L_model_backward_example():
    AL, Y, caches = _two_layer_caches()
    grads = sub.L_model_backward(AL, Y, caches)
    expect(grads, {
        "dA0": np.array([[0.0, 0.52257901], [0.0, -0.3269206], [0.0, -0.32070404],
                         [0.0, -0.74079187]]),
        "dW1": np.array([[0.41010002, 0.07807203, 0.13798444, 0.10502167],
                         [0.0, 0.0, 0.0, 0.0],
                         [0.05283652, 0.01005865, 0.01777766, 0.0135308]]),
        "db1": np.array([[-0.22007063], [0.0], [-0.02835349]]),
        "dA1": np.array([[0.12913162, -0.44014127], [-0.14175655, 0.48317296],
                         [0.01663708, -0.05670698]]),
        "dW2": np.array([[-0.39202432, -0.13325855, -0.04601089]]),
        "db2": np.array([[0.15187861]]),
    }, "grads")


def test_update_parameters_example():
    np.random.seed(2)
    params = {"W1": np.random.randn(3, 4), "b1": np.random.randn(3, 1),
              "W2": np.random.randn(1, 3), "b2": np.random.randn(1, 1)}
    np.random.seed(3)
    grads = {"dW1": np.random.randn(3, 4), "db1": np.random.randn(3, 1),
             "dW2": np.random.randn(1, 3), "db2": np.random.randn(1, 1)}
    parameters = sub.update_parameters(params, grads, 0.1)
    expect(parameters, {
        "W1": np.array([[-0.59562069, -0.09991781, -2.14584584, 1.82662008],
                        [-1.76569676, -0.80627147, 0.51115557, -1.18258802],
                        [-1.0535704, -0.86128581, 0.68284052, 2.20374577]]),
        "b1": np.array([[-0.04659241], [-1.28888275], [0.53405496]]),
        "W2": np.array([[-0.55569196, 0.0354055, 1.32964895]]),
        "b2": np.array([[-0.84610769]]),
    }, "update_parameters(params, grads, 0.1)")
