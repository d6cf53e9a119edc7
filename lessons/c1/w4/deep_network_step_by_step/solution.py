"""Building your deep neural network, step by step.

You write every piece of an L-layer network as its own small function: initialization, the
forward step of one layer, the whole forward pass, the cost, the backward step of one layer,
the whole backward pass, and the update. The next assignment assembles them into a model that
learns to tell shirts from everything else, using YOUR functions.

Notation (the course's): layer l has n[l] units; W[l] has shape (n[l], n[l-1]), b[l] has
shape (n[l], 1); columns are examples, so A[l] and Z[l] have shape (n[l], m).

Write each function between the YOUR CODE markers and keep the names and signatures.
"""

import copy

import numpy as np

# ---------------------------------------------------------------------------------------------
# Helpers, given to you (not graded). Each activation returns its output AND a cache (the
# input Z), which the matching backward function needs later.
# ---------------------------------------------------------------------------------------------


def sigmoid(Z):
    """Sigmoid of every element of Z.

    Returns:
    A -- 1 / (1 + e^(-Z)), same shape as Z
    cache -- Z itself, kept for the backward pass
    """
    A = 1 / (1 + np.exp(-Z))
    cache = Z
    return A, cache


def relu(Z):
    """ReLU of every element of Z: max(0, Z).

    Returns:
    A -- same shape as Z
    cache -- Z itself, kept for the backward pass
    """
    A = np.maximum(0, Z)
    cache = Z
    return A, cache


def relu_backward(dA, cache):
    """Backward step through a ReLU: dZ = dA where Z > 0, and 0 elsewhere (also at Z = 0).

    Arguments:
    dA -- gradient of the cost with respect to the ReLU's output, any shape
    cache -- Z, the ReLU's input, same shape as dA

    Returns:
    dZ -- gradient of the cost with respect to Z
    """
    Z = cache
    dZ = np.array(dA, copy=True)
    dZ[Z <= 0] = 0
    return dZ


def sigmoid_backward(dA, cache):
    """Backward step through a sigmoid: dZ = dA * s * (1 - s), with s = sigmoid(Z).

    Arguments:
    dA -- gradient of the cost with respect to the sigmoid's output, any shape
    cache -- Z, the sigmoid's input, same shape as dA

    Returns:
    dZ -- gradient of the cost with respect to Z
    """
    Z = cache
    s = 1 / (1 + np.exp(-Z))
    dZ = dA * s * (1 - s)
    return dZ


# ---------------------------------------------------------------------------------------------
# 1. Initialization
# ---------------------------------------------------------------------------------------------


def initialize_parameters(n_x, n_h, n_y):
    """Parameters of a 2-layer network LINEAR -> RELU -> LINEAR -> SIGMOID.

    Weights are small random numbers (np.random.randn times 0.01), biases are zeros. Draw W1
    first, then W2. Do not call np.random.seed here: whoever calls this function seeds.

    Arguments:
    n_x -- size of the input layer
    n_h -- size of the hidden layer
    n_y -- size of the output layer

    Returns:
    parameters -- dict with
                    W1 -- weight matrix of shape (n_h, n_x)
                    b1 -- bias vector of shape (n_h, 1)
                    W2 -- weight matrix of shape (n_y, n_h)
                    b2 -- bias vector of shape (n_y, 1)
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
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters


def initialize_parameters_deep(layer_dims):
    """Parameters of an L-layer network.

    For l = 1, ..., L: W[l] = np.random.randn(n[l], n[l-1]) * 0.01 and b[l] = zeros (n[l], 1),
    drawn in the order W1, W2, ..., WL. Do not call np.random.seed here.

    Arguments:
    layer_dims -- list [n[0], n[1], ..., n[L]]: the size of every layer, input included

    Returns:
    parameters -- dict with keys "W1", "b1", ..., "WL", "bL":
                    Wl -- weight matrix of shape (layer_dims[l], layer_dims[l-1])
                    bl -- bias vector of shape (layer_dims[l], 1)
    """
    parameters = {}
    L = len(layer_dims)  # number of layers, input layer included

    # YOUR CODE STARTS HERE
    for l in range(1, L):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    # YOUR CODE ENDS HERE

    return parameters


# ---------------------------------------------------------------------------------------------
# 2. Forward propagation
# ---------------------------------------------------------------------------------------------


def linear_forward(A, W, b):
    """The linear part of one layer's forward step: Z = W A + b.

    Arguments:
    A -- activations of the previous layer (or the input X), shape (n[l-1], m)
    W -- weight matrix, shape (n[l], n[l-1])
    b -- bias vector, shape (n[l], 1)

    Returns:
    Z -- the pre-activation, shape (n[l], m)
    cache -- the tuple (A, W, b), in that order, kept for the backward pass
    """
    # YOUR CODE STARTS HERE
    # stub: Z = None
    Z = np.dot(W, A) + b
    # YOUR CODE ENDS HERE
    cache = (A, W, b)
    return Z, cache


def linear_activation_forward(A_prev, W, b, activation):
    """One layer's forward step: LINEAR, then ACTIVATION.

    Arguments:
    A_prev -- activations of the previous layer (or X), shape (n[l-1], m)
    W -- weight matrix, shape (n[l], n[l-1])
    b -- bias vector, shape (n[l], 1)
    activation -- "sigmoid" or "relu"

    Returns:
    A -- the layer's output, shape (n[l], m)
    cache -- the tuple (linear_cache, activation_cache): what linear_forward returned as its
             cache, then what the activation returned as its cache
    """
    # YOUR CODE STARTS HERE
    # stub: A, cache = None, None
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "sigmoid":
        A, activation_cache = sigmoid(Z)
    elif activation == "relu":
        A, activation_cache = relu(Z)
    cache = (linear_cache, activation_cache)
    # YOUR CODE ENDS HERE
    return A, cache


def L_model_forward(X, parameters):
    """Forward pass of the whole network: [LINEAR -> RELU] * (L-1), then LINEAR -> SIGMOID.

    Arguments:
    X -- input data, shape (n[0], m)
    parameters -- the dict from initialize_parameters_deep

    Returns:
    AL -- the output of the last layer (the predicted probabilities), shape (1, m)
    caches -- list of the L caches from linear_activation_forward, layer 1 first
    """
    caches = []
    A = X
    L = len(parameters) // 2  # each layer has a W and a b

    # YOUR CODE STARTS HERE
    # stub: AL = None
    for l in range(1, L):
        A_prev = A
        A, cache = linear_activation_forward(A_prev, parameters["W" + str(l)],
                                             parameters["b" + str(l)], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters["W" + str(L)],
                                          parameters["b" + str(L)], "sigmoid")
    caches.append(cache)
    # YOUR CODE ENDS HERE

    return AL, caches


# ---------------------------------------------------------------------------------------------
# 3. Cost
# ---------------------------------------------------------------------------------------------


def compute_cost(AL, Y):
    """Cross-entropy cost: J = -(1/m) * sum( Y log(AL) + (1 - Y) log(1 - AL) ).

    Arguments:
    AL -- predicted probabilities, shape (1, m)
    Y -- true labels (0 or 1), shape (1, m)

    Returns:
    cost -- the cost, a scalar (np.squeeze turns a (1, 1) array into one)
    """
    m = Y.shape[1]

    # YOUR CODE STARTS HERE
    # stub: cost = None
    cost = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    cost = np.squeeze(cost)  # a (1, 1) array becomes a scalar
    # YOUR CODE ENDS HERE

    return cost


# ---------------------------------------------------------------------------------------------
# 4. Backward propagation
# ---------------------------------------------------------------------------------------------


def linear_backward(dZ, cache):
    """The linear part of one layer's backward step.

    Given dZ[l], computes
        dW[l]     = (1/m) dZ[l] A[l-1]^T
        db[l]     = (1/m) sum of dZ[l] over the examples (a column, shape (n[l], 1))
        dA[l-1]   = W[l]^T dZ[l]

    Arguments:
    dZ -- gradient of the cost with respect to Z[l], shape (n[l], m)
    cache -- the tuple (A_prev, W, b) saved by linear_forward

    Returns:
    dA_prev -- gradient with respect to A[l-1], same shape as A_prev
    dW -- gradient with respect to W[l], same shape as W
    db -- gradient with respect to b[l], same shape as b
    """
    A_prev, W, b = cache
    m = A_prev.shape[1]

    # YOUR CODE STARTS HERE
    # stub: dW = None
    # stub: db = None
    # stub: dA_prev = None
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ)
    # YOUR CODE ENDS HERE

    return dA_prev, dW, db


def linear_activation_backward(dA, cache, activation):
    """One layer's backward step: through the ACTIVATION, then through the LINEAR part.

    Arguments:
    dA -- gradient of the cost with respect to this layer's output A[l]
    cache -- the tuple (linear_cache, activation_cache) saved by linear_activation_forward
    activation -- "sigmoid" or "relu"

    Returns:
    dA_prev -- gradient with respect to A[l-1]
    dW -- gradient with respect to W[l]
    db -- gradient with respect to b[l]
    """
    linear_cache, activation_cache = cache

    # YOUR CODE STARTS HERE
    # stub: dA_prev, dW, db = None, None, None
    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
    dA_prev, dW, db = linear_backward(dZ, linear_cache)
    # YOUR CODE ENDS HERE

    return dA_prev, dW, db


def L_model_backward(AL, Y, caches):
    """Backward pass of the whole network: SIGMOID layer L first, then the RELU layers down to 1.

    Arguments:
    AL -- the output of L_model_forward, shape (1, m)
    Y -- true labels, shape (1, m)
    caches -- the list of caches from L_model_forward

    Returns:
    grads -- dict with, for every layer l = 1..L:
               grads["dA" + str(l-1)] -- gradient with respect to A[l-1]
               grads["dW" + str(l)]   -- gradient with respect to W[l]
               grads["db" + str(l)]   -- gradient with respect to b[l]
    """
    grads = {}
    L = len(caches)  # the number of layers
    Y = Y.reshape(AL.shape)

    # YOUR CODE STARTS HERE
    # stub: dAL = None
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    current_cache = caches[L - 1]
    dA_prev, dW, db = linear_activation_backward(dAL, current_cache, "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev
    grads["dW" + str(L)] = dW
    grads["db" + str(L)] = db
    for l in reversed(range(L - 1)):
        current_cache = caches[l]
        dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l + 1)], current_cache,
                                                     "relu")
        grads["dA" + str(l)] = dA_prev
        grads["dW" + str(l + 1)] = dW
        grads["db" + str(l + 1)] = db
    # YOUR CODE ENDS HERE

    return grads


# ---------------------------------------------------------------------------------------------
# 5. Update
# ---------------------------------------------------------------------------------------------


def update_parameters(params, grads, learning_rate):
    """One step of gradient descent: W[l] := W[l] - alpha dW[l], b[l] := b[l] - alpha db[l].

    Works on a deep copy, so the dict you were given is left unchanged.

    Arguments:
    params -- dict of parameters "W1", "b1", ..., "WL", "bL"
    grads -- dict of gradients from L_model_backward
    learning_rate -- alpha, the step size

    Returns:
    parameters -- a NEW dict with the updated parameters
    """
    parameters = copy.deepcopy(params)
    L = len(parameters) // 2  # number of layers

    # YOUR CODE STARTS HERE
    for l in range(1, L + 1):
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
    # YOUR CODE ENDS HERE

    return parameters
