"""Planar data classification with one hidden layer: a 2-layer network (tanh, then sigmoid).

Write each function between the YOUR CODE markers. Keep the names and signatures: the tests
and the training run call them exactly like this. Columns are examples: X has shape (n_x, m).
"""

import copy

import numpy as np


def sigmoid(z):
    """Sigmoid of every element of z (given: you wrote it in week 2).

    Arguments:
    z -- a scalar or numpy array of any shape

    Returns:
    s -- 1 / (1 + e^(-z)), same shape as z
    """
    return 1 / (1 + np.exp(-z))


def layer_sizes(X, Y):
    """The size of each layer, read from the data (the hidden layer is fixed at 4 here).

    Arguments:
    X -- input data of shape (input size, number of examples)
    Y -- labels of shape (output size, number of examples)

    Returns:
    n_x -- the size of the input layer
    n_h -- the size of the hidden layer (4)
    n_y -- the size of the output layer
    """
    # YOUR CODE STARTS HERE
    # stub: n_x = None
    # stub: n_h = None
    # stub: n_y = None
    n_x = X.shape[0]
    n_h = 4
    n_y = Y.shape[0]
    # YOUR CODE ENDS HERE
    return (n_x, n_h, n_y)


def initialize_parameters(n_x, n_h, n_y):
    """Small random weights and zero biases for the two layers.

    Draw with np.random.randn (the caller seeds numpy), weights first layer then second.

    Arguments:
    n_x -- size of the input layer
    n_h -- size of the hidden layer
    n_y -- size of the output layer

    Returns:
    parameters -- python dictionary containing:
                    W1 -- weight matrix of shape (n_h, n_x), randn * 0.01
                    b1 -- bias vector of shape (n_h, 1), zeros
                    W2 -- weight matrix of shape (n_y, n_h), randn * 0.01
                    b2 -- bias vector of shape (n_y, 1), zeros
    """
    # YOUR CODE STARTS HERE
    # stub: W1 = None
    # stub: b1 = None
    # stub: W2 = None
    # stub: b2 = None
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    # YOUR CODE ENDS HERE
    parameters = {"W1": W1,
                  "b1": b1,
                  "W2": W2,
                  "b2": b2}
    return parameters


def forward_propagation(X, parameters):
    """One forward pass: a tanh hidden layer, then a sigmoid output.

    Arguments:
    X -- input data of shape (n_x, m)
    parameters -- python dictionary containing W1, b1, W2, b2 (output of initialize_parameters)

    Returns:
    A2 -- the sigmoid output of the second activation, of shape (1, m)
    cache -- a dictionary containing "Z1", "A1", "Z2" and "A2"
    """
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    # YOUR CODE STARTS HERE
    # stub: Z1 = None
    # stub: A1 = None
    # stub: Z2 = None
    # stub: A2 = None
    Z1 = np.dot(W1, X) + b1
    A1 = np.tanh(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = sigmoid(Z2)
    # YOUR CODE ENDS HERE
    cache = {"Z1": Z1,
             "A1": A1,
             "Z2": Z2,
             "A2": A2}
    return A2, cache


def compute_cost(A2, Y):
    """The cross-entropy cost J = -(1/m) sum( y log(a) + (1 - y) log(1 - a) ).

    Arguments:
    A2 -- the sigmoid output of the second activation, of shape (1, number of examples)
    Y -- "true" labels vector of shape (1, number of examples)

    Returns:
    cost -- the cross-entropy cost, a Python float
    """
    m = Y.shape[1]
    # YOUR CODE STARTS HERE
    # stub: cost = None
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
    cost = -np.sum(logprobs) / m
    # YOUR CODE ENDS HERE
    cost = float(np.squeeze(cost))
    return cost


def backward_propagation(parameters, cache, X, Y):
    """The gradients of the cost with respect to W1, b1, W2 and b2.

    Arguments:
    parameters -- python dictionary containing our parameters
    cache -- a dictionary containing "Z1", "A1", "Z2" and "A2"
    X -- input data of shape (2, number of examples)
    Y -- "true" labels vector of shape (1, number of examples)

    Returns:
    grads -- python dictionary containing dW1, db1, dW2 and db2, each shaped like its parameter
    """
    m = X.shape[1]
    W2 = parameters["W2"]
    A1 = cache["A1"]
    A2 = cache["A2"]
    # YOUR CODE STARTS HERE
    # stub: dZ2 = None
    # stub: dW2 = None
    # stub: db2 = None
    # stub: dZ1 = None
    # stub: dW1 = None
    # stub: db1 = None
    dZ2 = A2 - Y
    dW2 = (1 / m) * np.dot(dZ2, A1.T)
    db2 = (1 / m) * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))
    dW1 = (1 / m) * np.dot(dZ1, X.T)
    db1 = (1 / m) * np.sum(dZ1, axis=1, keepdims=True)
    # YOUR CODE ENDS HERE
    grads = {"dW1": dW1,
             "db1": db1,
             "dW2": dW2,
             "db2": db2}
    return grads


def update_parameters(parameters, grads, learning_rate=1.2):
    """One step of gradient descent: theta = theta - learning_rate * dtheta, for every parameter.

    Arguments:
    parameters -- python dictionary containing W1, b1, W2, b2
    grads -- python dictionary containing dW1, db1, dW2, db2

    Returns:
    parameters -- a NEW python dictionary with the updated W1, b1, W2, b2 (the input is left
                  untouched)
    """
    W1 = copy.deepcopy(parameters["W1"])
    b1 = copy.deepcopy(parameters["b1"])
    W2 = copy.deepcopy(parameters["W2"])
    b2 = copy.deepcopy(parameters["b2"])
    dW1 = grads["dW1"]
    db1 = grads["db1"]
    dW2 = grads["dW2"]
    db2 = grads["db2"]
    # YOUR CODE STARTS HERE
    # stub: W1 = None
    # stub: b1 = None
    # stub: W2 = None
    # stub: b2 = None
    W1 = W1 - learning_rate * dW1
    b1 = b1 - learning_rate * db1
    W2 = W2 - learning_rate * dW2
    b2 = b2 - learning_rate * db2
    # YOUR CODE ENDS HERE
    parameters = {"W1": W1,
                  "b1": b1,
                  "W2": W2,
                  "b2": b2}
    return parameters


def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False):
    """Build and train the 2-layer network with the functions above.

    Arguments:
    X -- dataset of shape (2, number of examples)
    Y -- labels of shape (1, number of examples)
    n_h -- size of the hidden layer
    num_iterations -- number of iterations of gradient descent
    print_cost -- if True, print the cost every 1000 iterations

    Returns:
    parameters -- the parameters learnt by the model, ready for predict
    """
    n_x = layer_sizes(X, Y)[0]
    n_y = layer_sizes(X, Y)[2]
    # YOUR CODE STARTS HERE
    # stub: parameters = None
    parameters = initialize_parameters(n_x, n_h, n_y)
    # YOUR CODE ENDS HERE
    for i in range(0, num_iterations):
        # YOUR CODE STARTS HERE
        # stub: cost = None
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads)
        # YOUR CODE ENDS HERE
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
    return parameters


def predict(parameters, X):
    """Predict a class for each example: 1 (blue) where the network's output is above 0.5.

    Arguments:
    parameters -- python dictionary containing W1, b1, W2, b2
    X -- input data of size (n_x, m)

    Returns:
    predictions -- vector of predictions of our model, shape (1, m): True/1 for blue, False/0
                   for red
    """
    # YOUR CODE STARTS HERE
    # stub: predictions = None
    A2, cache = forward_propagation(X, parameters)
    predictions = A2 > 0.5
    # YOUR CODE ENDS HERE
    return predictions
