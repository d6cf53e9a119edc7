"""Deep neural network for image classification: application.

You assemble the functions of the step-by-step assignment into two complete models and train
them to tell shirts from everything else:

    two_layer_model:  LINEAR -> RELU -> LINEAR -> SIGMOID
    L_layer_model:    [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID

The building blocks come from the module `dnn_steps`: once you have passed "Building your deep
neural network: step by step", those are YOUR functions; until then they are the reference
ones. Write each function between the YOUR CODE markers and keep the names and signatures.
"""

import numpy as np
from dnn_steps import (
    L_model_backward,
    L_model_forward,
    compute_cost,
    initialize_parameters,
    linear_activation_backward,
    linear_activation_forward,
    update_parameters,
)

# ---------------------------------------------------------------------------------------------
# Given to you (not graded): the initialization the deep model uses. The step-by-step version
# multiplies by 0.01, which is fine for 2 layers but starves a deep network of signal (see the
# explanation). This one divides by sqrt(n[l-1]) instead, so every layer's Z keeps a sensible
# size no matter how many inputs feed it.
# ---------------------------------------------------------------------------------------------


def initialize_parameters_deep_scaled(layer_dims):
    """Like initialize_parameters_deep, but W[l] = randn(n[l], n[l-1]) / sqrt(n[l-1]).

    Arguments:
    layer_dims -- list [n[0], n[1], ..., n[L]]

    Returns:
    parameters -- dict "W1", "b1", ..., "WL", "bL" with W[l] of shape (n[l], n[l-1]) and
                  b[l] of shape (n[l], 1), zeros
    """
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = (np.random.randn(layer_dims[l], layer_dims[l - 1])
                                    / np.sqrt(layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


# ---------------------------------------------------------------------------------------------
# 1. The 2-layer model
# ---------------------------------------------------------------------------------------------


def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,
                    print_cost=False):
    """Train a 2-layer network LINEAR -> RELU -> LINEAR -> SIGMOID with gradient descent.

    Each iteration: forward through both layers with linear_activation_forward, the cost with
    compute_cost, the backward pass starting from dA2 = -(Y/A2 - (1-Y)/(1-A2)) with
    linear_activation_backward, then update_parameters. Initialize with
    initialize_parameters(n_x, n_h, n_y); do not call np.random.seed (the caller seeds).

    Arguments:
    X -- input data, shape (n_x, m)
    Y -- true labels (1 = shirt, 0 = non-shirt), shape (1, m)
    layers_dims -- (n_x, n_h, n_y)
    learning_rate -- the gradient descent step size
    num_iterations -- number of iterations of the loop
    print_cost -- if True, print the cost whenever it is recorded

    Returns:
    parameters -- dict with the learnt W1, b1, W2, b2
    costs -- list of the costs recorded at iterations 0, 100, 200, ... and at the last
             iteration (num_iterations - 1), each computed before that iteration's update
    """
    grads = {}
    costs = []
    (n_x, n_h, n_y) = layers_dims

    # YOUR CODE STARTS HERE
    # stub: parameters = None
    parameters = initialize_parameters(n_x, n_h, n_y)
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    for i in range(num_iterations):
        A1, cache1 = linear_activation_forward(X, W1, b1, "relu")
        A2, cache2 = linear_activation_forward(A1, W2, b2, "sigmoid")
        cost = compute_cost(A2, Y)
        dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
        dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
        grads["dW1"], grads["db1"], grads["dW2"], grads["db2"] = dW1, db1, dW2, db2
        parameters = update_parameters(parameters, grads, learning_rate)
        W1, b1 = parameters["W1"], parameters["b1"]
        W2, b2 = parameters["W2"], parameters["b2"]
        if i % 100 == 0 or i == num_iterations - 1:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {float(cost):.6f}")
    # YOUR CODE ENDS HERE

    return parameters, costs


# ---------------------------------------------------------------------------------------------
# 2. The L-layer model
# ---------------------------------------------------------------------------------------------


def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,
                  print_cost=False):
    """Train an L-layer network [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID.

    Initialize with initialize_parameters_deep_scaled(layers_dims) (above); each iteration is
    L_model_forward, compute_cost, L_model_backward, update_parameters. Do not call
    np.random.seed (the caller seeds).

    Arguments:
    X -- input data, shape (n_x, m)
    Y -- true labels, shape (1, m)
    layers_dims -- list [n_x, n[1], ..., n[L-1], 1]
    learning_rate -- the gradient descent step size
    num_iterations -- number of iterations of the loop
    print_cost -- if True, print the cost whenever it is recorded

    Returns:
    parameters -- dict with the learnt W1, b1, ..., WL, bL
    costs -- list of the costs recorded at iterations 0, 100, 200, ... and at the last
             iteration (num_iterations - 1), each computed before that iteration's update
    """
    costs = []

    # YOUR CODE STARTS HERE
    # stub: parameters = None
    parameters = initialize_parameters_deep_scaled(layers_dims)
    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % 100 == 0 or i == num_iterations - 1:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {float(cost):.6f}")
    # YOUR CODE ENDS HERE

    return parameters, costs


# ---------------------------------------------------------------------------------------------
# 3. Predictions
# ---------------------------------------------------------------------------------------------


def predict(X, y, parameters):
    """Predict labels 0/1 for the examples in X and print the accuracy against y.

    An example is predicted 1 (shirt) when the network's output probability is ABOVE 0.5,
    and 0 otherwise (0.5 itself counts as 0).

    Arguments:
    X -- input data, shape (n_x, m)
    y -- true labels, shape (1, m)
    parameters -- the trained parameters of an L-layer (or 2-layer) network

    Returns:
    p -- predictions, an array of 0s and 1s of shape (1, m)
    """
    # YOUR CODE STARTS HERE
    # stub: p = None
    probas, _ = L_model_forward(X, parameters)
    p = (probas > 0.5).astype(int)
    # YOUR CODE ENDS HERE
    print("Accuracy: " + str(np.mean(p == y)))
    return p
