"""Initialization: three ways to start a 3-layer network, and what each does to training.

Write the three initializers between the YOUR CODE markers. Everything else in this file (the
network, its forward and backward passes, the loss, the update and the model) is given and
calls your initializers. Columns are examples: X has shape (n_x, m), and W[l] has shape
(n[l], n[l-1]).
"""

import numpy as np


def sigmoid(x):
    """Sigmoid of every element of x, written so that huge |x| cannot overflow.

    Arguments:
    x -- a scalar or numpy array of any shape

    Returns:
    s -- 1 / (1 + e^(-x)), same shape as x
    """
    return np.exp(-np.logaddexp(0, -x))


def relu(x):
    """ReLU of every element of x: max(0, x)."""
    return np.maximum(0, x)


def forward_propagation(X, parameters):
    """The forward pass LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID (given).

    Arguments:
    X -- input data of shape (n_x, m)
    parameters -- python dictionary containing W1, b1, W2, b2, W3, b3

    Returns:
    a3 -- the sigmoid output, shape (1, m): the probability of class 1 for each example
    cache -- tuple (z1, a1, W1, b1, z2, a2, W2, b2, z3, a3, W3, b3) for the backward pass
    """
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    W3, b3 = parameters["W3"], parameters["b3"]
    z1 = np.dot(W1, X) + b1
    a1 = relu(z1)
    z2 = np.dot(W2, a1) + b2
    a2 = relu(z2)
    z3 = np.dot(W3, a2) + b3
    a3 = sigmoid(z3)
    cache = (z1, a1, W1, b1, z2, a2, W2, b2, z3, a3, W3, b3)
    return a3, cache


def backward_propagation(X, Y, cache):
    """The gradients of the cross-entropy loss for the 3-layer network (given).

    Arguments:
    X -- input data of shape (n_x, m)
    Y -- true labels of shape (1, m), 0 (outer ring) or 1 (inner ring)
    cache -- the cache returned by forward_propagation

    Returns:
    gradients -- dictionary with dz3, dW3, db3, da2, dz2, dW2, db2, da1, dz1, dW1, db1
    """
    m = X.shape[1]
    (z1, a1, W1, b1, z2, a2, W2, b2, z3, a3, W3, b3) = cache
    dz3 = (a3 - Y) / m
    dW3 = np.dot(dz3, a2.T)
    db3 = np.sum(dz3, axis=1, keepdims=True)
    da2 = np.dot(W3.T, dz3)
    dz2 = da2 * (a2 > 0)
    dW2 = np.dot(dz2, a1.T)
    db2 = np.sum(dz2, axis=1, keepdims=True)
    da1 = np.dot(W2.T, dz2)
    dz1 = da1 * (a1 > 0)
    dW1 = np.dot(dz1, X.T)
    db1 = np.sum(dz1, axis=1, keepdims=True)
    return {"dz3": dz3, "dW3": dW3, "db3": db3,
            "da2": da2, "dz2": dz2, "dW2": dW2, "db2": db2,
            "da1": da1, "dz1": dz1, "dW1": dW1, "db1": db1}


def compute_loss(a3, Y):
    """The cross-entropy cost, averaged over the m examples (given).

    Probabilities are kept inside [1e-12, 1 - 1e-12] before the logs, so a network that is
    certain and wrong costs about 27.6 for that example instead of infinity.

    Arguments:
    a3 -- output of forward_propagation, shape (1, m)
    Y -- true labels, shape (1, m)

    Returns:
    loss -- the cost, a Python float
    """
    m = Y.shape[1]
    p = np.clip(a3, 1e-12, 1 - 1e-12)
    logprobs = np.multiply(-np.log(p), Y) + np.multiply(-np.log(1 - p), 1 - Y)
    return float(np.sum(logprobs) / m)


def update_parameters(parameters, grads, learning_rate):
    """One step of gradient descent on every W and b (given); returns a new dictionary."""
    L = len(parameters) // 2
    new = {}
    for l in range(1, L + 1):
        new["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        new["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
    return new


def predict(X, parameters):
    """0/1 predictions of the trained network (given): 1 where a3 > 0.5. Shape (1, m)."""
    a3, _ = forward_propagation(X, parameters)
    return (a3 > 0.5).astype(int)


def initialize_parameters_zeros(layers_dims):
    """Every weight and every bias set to zero.

    Arguments:
    layers_dims -- python list with the size of each layer, input first: [n[0], n[1], ..., n[L]]

    Returns:
    parameters -- python dictionary containing W1, b1, ..., WL, bL:
                    W[l] -- zeros of shape (layers_dims[l], layers_dims[l-1])
                    b[l] -- zeros of shape (layers_dims[l], 1)
    """
    parameters = {}
    L = len(layers_dims)  # the number of layers, counting the input layer
    for l in range(1, L):
        # YOUR CODE STARTS HERE
        # stub: parameters["W" + str(l)] = None
        # stub: parameters["b" + str(l)] = None
        parameters["W" + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
        # YOUR CODE ENDS HERE
    return parameters


def initialize_parameters_random(layers_dims):
    """LARGE random weights (standard normal times 10) and zero biases.

    Draw with np.random.randn, one weight matrix per layer in the order W1, W2, ...; the
    caller seeds numpy (the course uses seed 3).

    Arguments:
    layers_dims -- python list with the size of each layer, input first

    Returns:
    parameters -- python dictionary containing W1, b1, ..., WL, bL:
                    W[l] -- np.random.randn(layers_dims[l], layers_dims[l-1]) * 10
                    b[l] -- zeros of shape (layers_dims[l], 1)
    """
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        # YOUR CODE STARTS HERE
        # stub: parameters["W" + str(l)] = None
        # stub: parameters["b" + str(l)] = None
        parameters["W" + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * 10
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
        # YOUR CODE ENDS HERE
    return parameters


def initialize_parameters_he(layers_dims):
    """He initialization: random weights scaled by sqrt(2 / n[l-1]), zero biases.

    Draw with np.random.randn, one weight matrix per layer in the order W1, W2, ...; the
    caller seeds numpy (the course uses seed 3).

    Arguments:
    layers_dims -- python list with the size of each layer, input first

    Returns:
    parameters -- python dictionary containing W1, b1, ..., WL, bL:
                    W[l] -- np.random.randn(layers_dims[l], layers_dims[l-1])
                            * sqrt(2 / layers_dims[l-1])
                    b[l] -- zeros of shape (layers_dims[l], 1)
    """
    parameters = {}
    L = len(layers_dims) - 1  # the number of layers with weights
    for l in range(1, L + 1):
        # YOUR CODE STARTS HERE
        # stub: parameters["W" + str(l)] = None
        # stub: parameters["b" + str(l)] = None
        parameters["W" + str(l)] = (np.random.randn(layers_dims[l], layers_dims[l - 1])
                                    * np.sqrt(2 / layers_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
        # YOUR CODE ENDS HERE
    return parameters


def model(X, Y, learning_rate=0.01, num_iterations=15000, print_cost=True,
          initialization="he"):
    """A 3-layer network LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID (given).

    Arguments:
    X -- input data, of shape (2, number of examples)
    Y -- true labels, 0 (outer ring) or 1 (inner ring), of shape (1, number of examples)
    learning_rate -- learning rate of gradient descent
    num_iterations -- number of iterations of gradient descent
    print_cost -- if True, print the cost every 1000 iterations
    initialization -- "zeros", "random" or "he": which of your initializers to use

    Returns:
    parameters -- the parameters learnt by the model
    """
    layers_dims = [X.shape[0], 10, 5, 1]
    if initialization == "zeros":
        parameters = initialize_parameters_zeros(layers_dims)
    elif initialization == "random":
        parameters = initialize_parameters_random(layers_dims)
    elif initialization == "he":
        parameters = initialize_parameters_he(layers_dims)
    else:
        raise ValueError(f"unknown initialization {initialization!r}")
    for i in range(num_iterations):
        a3, cache = forward_propagation(X, parameters)
        cost = compute_loss(a3, Y)
        grads = backward_propagation(X, Y, cache)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost}")
    return parameters
