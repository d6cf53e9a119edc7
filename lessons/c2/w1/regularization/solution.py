"""Regularization: L2 and dropout for a 3-layer network that would otherwise overfit.

Write the four functions between the YOUR CODE markers. The network (initialization, forward
and backward passes without regularization, cost, update, prediction) and the model that
chooses between plain, L2 and dropout training are given. Columns are examples: X has shape
(n_x, m), and W[l] has shape (n[l], n[l-1]).
"""

import numpy as np


def sigmoid(x):
    """Sigmoid of every element of x, written so that huge |x| cannot overflow."""
    return np.exp(-np.logaddexp(0, -x))


def relu(x):
    """ReLU of every element of x: max(0, x)."""
    return np.maximum(0, x)


def initialize_parameters(layer_dims):
    """Random weights scaled by 1 / sqrt(n[l-1]) and zero biases (given; the caller seeds numpy).

    Arguments:
    layer_dims -- python list with the size of each layer, input first

    Returns:
    parameters -- python dictionary containing W1, b1, ..., WL, bL
    """
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = (np.random.randn(layer_dims[l], layer_dims[l - 1])
                                    / np.sqrt(layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


def forward_propagation(X, parameters):
    """LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID, without dropout (given).

    Arguments:
    X -- input data of shape (2, m)
    parameters -- python dictionary containing W1, b1, W2, b2, W3, b3

    Returns:
    A3 -- the sigmoid output, shape (1, m)
    cache -- tuple (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)
    """
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    W3, b3 = parameters["W3"], parameters["b3"]
    Z1 = np.dot(W1, X) + b1
    A1 = relu(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = relu(Z2)
    Z3 = np.dot(W3, A2) + b3
    A3 = sigmoid(Z3)
    cache = (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)
    return A3, cache


def backward_propagation(X, Y, cache):
    """The gradients of the plain cross-entropy cost, without regularization (given).

    Arguments:
    X -- input data of shape (2, m)
    Y -- true labels of shape (1, m)
    cache -- the cache returned by forward_propagation

    Returns:
    gradients -- dictionary with dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1
    """
    m = X.shape[1]
    (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = 1. / m * np.dot(dZ3, A2.T)
    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)
    dA2 = np.dot(W3.T, dZ3)
    dZ2 = np.multiply(dA2, np.int64(A2 > 0))
    dW2 = 1. / m * np.dot(dZ2, A1.T)
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)
    dA1 = np.dot(W2.T, dZ2)
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    dW1 = 1. / m * np.dot(dZ1, X.T)
    db1 = 1. / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2,
            "dZ2": dZ2, "dW2": dW2, "db2": db2, "dA1": dA1,
            "dZ1": dZ1, "dW1": dW1, "db1": db1}


def compute_cost(A3, Y):
    """The cross-entropy cost, averaged over the m examples (given).

    Probabilities are kept inside [1e-12, 1 - 1e-12] before the logs, so no example costs
    infinity.

    Arguments:
    A3 -- the sigmoid output, shape (1, m)
    Y -- true labels, shape (1, m)

    Returns:
    cost -- a Python float
    """
    m = Y.shape[1]
    p = np.clip(A3, 1e-12, 1 - 1e-12)
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
    """0/1 predictions (given): 1 where A3 > 0.5, shape (1, m). Never uses dropout."""
    A3, _ = forward_propagation(X, parameters)
    return (A3 > 0.5).astype(int)


def compute_cost_with_regularization(A3, Y, parameters, lambd):
    """The cross-entropy cost plus the L2 penalty (lambd / (2 m)) * (sum of every squared weight).

    Arguments:
    A3 -- the sigmoid output of forward propagation, of shape (1, m)
    Y -- "true" labels vector, of shape (1, m)
    parameters -- python dictionary containing the parameters of the model
    lambd -- the regularization hyperparameter lambda (lambda is a Python keyword)

    Returns:
    cost -- the regularized cost, a Python float
    """
    m = Y.shape[1]
    W1 = parameters["W1"]
    W2 = parameters["W2"]
    W3 = parameters["W3"]
    cross_entropy_cost = compute_cost(A3, Y)
    # YOUR CODE STARTS HERE
    # stub: L2_regularization_cost = None
    L2_regularization_cost = (lambd / (2 * m)) * (np.sum(np.square(W1)) + np.sum(np.square(W2))
                                                   + np.sum(np.square(W3)))
    # YOUR CODE ENDS HERE
    cost = cross_entropy_cost + L2_regularization_cost
    return float(cost)


def backward_propagation_with_regularization(X, Y, cache, lambd):
    """Backpropagation for the L2-regularized cost: each dW[l] gains (lambd / m) * W[l].

    Arguments:
    X -- input dataset, of shape (input size, number of examples)
    Y -- "true" labels vector, of shape (output size, number of examples)
    cache -- cache output from forward_propagation()
    lambd -- regularization hyperparameter, scalar

    Returns:
    gradients -- dictionary with the gradients with respect to each parameter, activation and
                 pre-activation variable (dZ3, dW3, db3, dA2, ..., dW1, db1)
    """
    m = X.shape[1]
    (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    # YOUR CODE STARTS HERE
    # stub: dW3 = None
    dW3 = 1. / m * np.dot(dZ3, A2.T) + (lambd / m) * W3
    # YOUR CODE ENDS HERE
    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)
    dA2 = np.dot(W3.T, dZ3)
    dZ2 = np.multiply(dA2, np.int64(A2 > 0))
    # YOUR CODE STARTS HERE
    # stub: dW2 = None
    dW2 = 1. / m * np.dot(dZ2, A1.T) + (lambd / m) * W2
    # YOUR CODE ENDS HERE
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)
    dA1 = np.dot(W2.T, dZ2)
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    # YOUR CODE STARTS HERE
    # stub: dW1 = None
    dW1 = 1. / m * np.dot(dZ1, X.T) + (lambd / m) * W1
    # YOUR CODE ENDS HERE
    db1 = 1. / m * np.sum(dZ1, axis=1, keepdims=True)
    gradients = {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2,
                 "dZ2": dZ2, "dW2": dW2, "db2": db2, "dA1": dA1,
                 "dZ1": dZ1, "dW1": dW1, "db1": db1}
    return gradients


def forward_propagation_with_dropout(X, parameters, keep_prob=0.5):
    """The forward pass with inverted dropout on the two hidden layers (never on the output).

    LINEAR -> RELU + DROPOUT -> LINEAR -> RELU + DROPOUT -> LINEAR -> SIGMOID. Draw each mask
    with np.random.rand, the first layer's before the second's (the caller seeds numpy).

    Arguments:
    X -- input dataset, of shape (2, number of examples)
    parameters -- python dictionary containing W1, b1, W2, b2, W3, b3:
                    W1 -- (20, 2), W2 -- (3, 20), W3 -- (1, 3) in the training run
    keep_prob -- probability of keeping a neuron active during drop-out, scalar

    Returns:
    A3 -- last activation value, output of the forward propagation, of shape (1, m)
    cache -- tuple (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3): the masks D1
             and D2 (0 or 1, shaped like A1 and A2) are kept for the backward pass
    """
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    W3, b3 = parameters["W3"], parameters["b3"]
    Z1 = np.dot(W1, X) + b1
    A1 = relu(Z1)
    # YOUR CODE STARTS HERE
    # stub: D1 = None
    D1 = np.random.rand(A1.shape[0], A1.shape[1])
    D1 = (D1 < keep_prob).astype(int)
    A1 = A1 * D1
    A1 = A1 / keep_prob
    # YOUR CODE ENDS HERE
    Z2 = np.dot(W2, A1) + b2
    A2 = relu(Z2)
    # YOUR CODE STARTS HERE
    # stub: D2 = None
    D2 = np.random.rand(A2.shape[0], A2.shape[1])
    D2 = (D2 < keep_prob).astype(int)
    A2 = A2 * D2
    A2 = A2 / keep_prob
    # YOUR CODE ENDS HERE
    Z3 = np.dot(W3, A2) + b3
    A3 = sigmoid(Z3)
    cache = (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3)
    return A3, cache


def backward_propagation_with_dropout(X, Y, cache, keep_prob):
    """Backpropagation through the dropout forward pass: the same masks, the same scaling.

    Arguments:
    X -- input dataset, of shape (2, number of examples)
    Y -- "true" labels vector, of shape (output size, number of examples)
    cache -- cache output from forward_propagation_with_dropout()
    keep_prob -- probability of keeping a neuron active during drop-out, scalar

    Returns:
    gradients -- dictionary with the gradients with respect to each parameter, activation and
                 pre-activation variable (dZ3, dW3, db3, dA2, ..., dW1, db1)
    """
    m = X.shape[1]
    (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = 1. / m * np.dot(dZ3, A2.T)
    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)
    dA2 = np.dot(W3.T, dZ3)
    # YOUR CODE STARTS HERE
    dA2 = dA2 * D2
    dA2 = dA2 / keep_prob
    # YOUR CODE ENDS HERE
    dZ2 = np.multiply(dA2, np.int64(A2 > 0))
    dW2 = 1. / m * np.dot(dZ2, A1.T)
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)
    dA1 = np.dot(W2.T, dZ2)
    # YOUR CODE STARTS HERE
    dA1 = dA1 * D1
    dA1 = dA1 / keep_prob
    # YOUR CODE ENDS HERE
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    dW1 = 1. / m * np.dot(dZ1, X.T)
    db1 = 1. / m * np.sum(dZ1, axis=1, keepdims=True)
    gradients = {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2,
                 "dZ2": dZ2, "dW2": dW2, "db2": db2, "dA1": dA1,
                 "dZ1": dZ1, "dW1": dW1, "db1": db1}
    return gradients


def model(X, Y, learning_rate=0.3, num_iterations=30000, print_cost=True, lambd=0,
          keep_prob=1):
    """A 3-layer network LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID (given).

    lambd > 0 trains with your L2 functions, keep_prob < 1 with your dropout functions; the
    course uses one technique at a time.

    Arguments:
    X -- input data, of shape (input size, number of examples)
    Y -- true labels, 1 for the blue team and 0 for the red team, of shape (1, m)
    learning_rate -- learning rate of the optimization
    num_iterations -- number of iterations of the optimization loop
    print_cost -- if True, print the cost every 10000 iterations
    lambd -- regularization hyperparameter, scalar
    keep_prob -- probability of keeping a neuron active during drop-out, scalar

    Returns:
    parameters -- parameters learnt by the model, ready for predict
    """
    if lambd != 0 and keep_prob < 1:
        raise ValueError("use L2 regularization or dropout, not both at once")
    layers_dims = [X.shape[0], 20, 3, 1]
    parameters = initialize_parameters(layers_dims)
    for i in range(num_iterations):
        if keep_prob == 1:
            A3, cache = forward_propagation(X, parameters)
        else:
            A3, cache = forward_propagation_with_dropout(X, parameters, keep_prob)
        if lambd == 0:
            cost = compute_cost(A3, Y)
        else:
            cost = compute_cost_with_regularization(A3, Y, parameters, lambd)
        if lambd == 0 and keep_prob == 1:
            grads = backward_propagation(X, Y, cache)
        elif lambd != 0:
            grads = backward_propagation_with_regularization(X, Y, cache, lambd)
        else:
            grads = backward_propagation_with_dropout(X, Y, cache, keep_prob)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 10000 == 0:
            print(f"Cost after iteration {i}: {cost}")
    return parameters
