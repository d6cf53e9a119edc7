"""Optimization methods: mini-batches, momentum, Adam and learning rate decay.

Write each function between the YOUR CODE markers. Keep the names and signatures: the tests
and the training run call them exactly like this. Columns are examples: X has shape (n_x, m),
and W<l> has shape (n[l], n[l-1]).

The 3-layer model at the bottom of the file (initialize_parameters, forward_propagation,
compute_cost, backward_propagation, predict and model) is given: it is the network the
training run trains with your optimizers.
"""

import math

import numpy as np


def update_parameters_with_gd(parameters, grads, learning_rate):
    """One step of (mini-batch) gradient descent on every layer.

    Arguments:
    parameters -- python dictionary of the parameters:
                    parameters["W" + str(l)] = Wl, parameters["b" + str(l)] = bl
    grads -- python dictionary of the gradients:
                    grads["dW" + str(l)] = dWl, grads["db" + str(l)] = dbl
    learning_rate -- the learning rate, a scalar

    Returns:
    parameters -- python dictionary with the updated parameters
    """
    L = len(parameters) // 2  # number of layers: one W and one b per layer
    for l in range(1, L + 1):
        # YOUR CODE STARTS HERE
        # stub: parameters["W" + str(l)] = None
        # stub: parameters["b" + str(l)] = None
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
        # YOUR CODE ENDS HERE
    return parameters


def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    """Shuffle the examples (X and Y the same way), then cut them into mini-batches.

    Arguments:
    X -- input data, of shape (input size, number of examples)
    Y -- labels, of shape (1, number of examples)
    mini_batch_size -- the number of examples in each mini-batch (the last one may be smaller)
    seed -- seeds numpy's generator, so that the shuffle can be reproduced

    Returns:
    mini_batches -- list of (mini_batch_X, mini_batch_Y) tuples, in order
    """
    np.random.seed(seed)
    m = X.shape[1]
    mini_batches = []

    # Step 1: shuffle the columns of X and Y with ONE permutation of 0 .. m-1
    # YOUR CODE STARTS HERE
    # stub: shuffled_X = None
    # stub: shuffled_Y = None
    permutation = list(np.random.permutation(m))
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation].reshape((1, m))
    # YOUR CODE ENDS HERE

    # Step 2: the full mini-batches, each of mini_batch_size columns
    num_complete_minibatches = math.floor(m / mini_batch_size)
    for k in range(0, num_complete_minibatches):
        # YOUR CODE STARTS HERE
        # stub: mini_batch_X = None
        # stub: mini_batch_Y = None
        mini_batch_X = shuffled_X[:, k * mini_batch_size:(k + 1) * mini_batch_size]
        mini_batch_Y = shuffled_Y[:, k * mini_batch_size:(k + 1) * mini_batch_size]
        # YOUR CODE ENDS HERE
        mini_batch = (mini_batch_X, mini_batch_Y)
        mini_batches.append(mini_batch)

    # Step 3: the end case, when m is not a multiple of mini_batch_size: one smaller
    # mini-batch with the columns left over (append it to mini_batches)
    # YOUR CODE STARTS HERE
    if m % mini_batch_size != 0:
        start = num_complete_minibatches * mini_batch_size
        mini_batch = (shuffled_X[:, start:], shuffled_Y[:, start:])
        mini_batches.append(mini_batch)
    # YOUR CODE ENDS HERE

    return mini_batches


def initialize_velocity(parameters):
    """The velocity of momentum, all zeros, one entry per gradient.

    Arguments:
    parameters -- python dictionary with parameters["W" + str(l)] and parameters["b" + str(l)]

    Returns:
    v -- python dictionary with the velocities, zero arrays shaped like the parameters:
                    v["dW" + str(l)] = velocity of dWl
                    v["db" + str(l)] = velocity of dbl
    """
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        # YOUR CODE STARTS HERE
        # stub: v["dW" + str(l)] = None
        # stub: v["db" + str(l)] = None
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
        # YOUR CODE ENDS HERE
    return v


def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    """One step of gradient descent with momentum.

    For every parameter: v = beta * v + (1 - beta) * d(parameter), then
    parameter = parameter - learning_rate * v.

    Arguments:
    parameters -- python dictionary with parameters["W" + str(l)] and parameters["b" + str(l)]
    grads -- python dictionary with grads["dW" + str(l)] and grads["db" + str(l)]
    v -- python dictionary with the current velocities v["dW" + str(l)] and v["db" + str(l)]
    beta -- the momentum hyperparameter, a scalar in [0, 1)
    learning_rate -- the learning rate, a scalar

    Returns:
    parameters -- python dictionary with the updated parameters
    v -- python dictionary with the updated velocities
    """
    L = len(parameters) // 2
    for l in range(1, L + 1):
        # YOUR CODE STARTS HERE
        # stub: v["dW" + str(l)] = None
        # stub: v["db" + str(l)] = None
        # stub: parameters["W" + str(l)] = None
        # stub: parameters["b" + str(l)] = None
        v["dW" + str(l)] = beta * v["dW" + str(l)] + (1 - beta) * grads["dW" + str(l)]
        v["db" + str(l)] = beta * v["db" + str(l)] + (1 - beta) * grads["db" + str(l)]
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * v["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * v["db" + str(l)]
        # YOUR CODE ENDS HERE
    return parameters, v


def initialize_adam(parameters):
    """Adam's two moving averages, v (of the gradients) and s (of their squares), all zeros.

    Arguments:
    parameters -- python dictionary with parameters["W" + str(l)] and parameters["b" + str(l)]

    Returns:
    v -- python dictionary, the average of the gradients: v["dW" + str(l)], v["db" + str(l)]
    s -- python dictionary, the average of the squared gradients: s["dW" + str(l)],
         s["db" + str(l)]; v and s are two separate dictionaries of zero arrays
    """
    L = len(parameters) // 2
    v = {}
    s = {}
    for l in range(1, L + 1):
        # YOUR CODE STARTS HERE
        # stub: v["dW" + str(l)] = None
        # stub: v["db" + str(l)] = None
        # stub: s["dW" + str(l)] = None
        # stub: s["db" + str(l)] = None
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
        # YOUR CODE ENDS HERE
    return v, s


def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    """One step of Adam.

    For every parameter (dp is its gradient):
        v = beta1 v + (1 - beta1) dp          v_corrected = v / (1 - beta1^t)
        s = beta2 s + (1 - beta2) dp^2        s_corrected = s / (1 - beta2^t)
        p = p - learning_rate * v_corrected / (sqrt(s_corrected) + epsilon)

    Arguments:
    parameters -- python dictionary with parameters["W" + str(l)] and parameters["b" + str(l)]
    grads -- python dictionary with grads["dW" + str(l)] and grads["db" + str(l)]
    v -- Adam's moving average of the gradients, a python dictionary
    s -- Adam's moving average of the squared gradients, a python dictionary
    t -- the number of Adam steps taken so far, this one included (1 on the first step)
    learning_rate -- the learning rate, a scalar
    beta1 -- decay of the first moment estimate
    beta2 -- decay of the second moment estimate
    epsilon -- a tiny number that keeps the division safe

    Returns:
    parameters -- python dictionary with the updated parameters
    v -- the updated moving average of the gradients
    s -- the updated moving average of the squared gradients
    v_corrected -- python dictionary with the bias-corrected first moment estimates
    s_corrected -- python dictionary with the bias-corrected second moment estimates
    """
    L = len(parameters) // 2
    v_corrected = {}
    s_corrected = {}
    for l in range(1, L + 1):
        # YOUR CODE STARTS HERE
        # stub: v["dW" + str(l)] = None
        # stub: v["db" + str(l)] = None
        # stub: v_corrected["dW" + str(l)] = None
        # stub: v_corrected["db" + str(l)] = None
        # stub: s["dW" + str(l)] = None
        # stub: s["db" + str(l)] = None
        # stub: s_corrected["dW" + str(l)] = None
        # stub: s_corrected["db" + str(l)] = None
        # stub: parameters["W" + str(l)] = None
        # stub: parameters["b" + str(l)] = None
        dW, db = grads["dW" + str(l)], grads["db" + str(l)]
        v["dW" + str(l)] = beta1 * v["dW" + str(l)] + (1 - beta1) * dW
        v["db" + str(l)] = beta1 * v["db" + str(l)] + (1 - beta1) * db
        v_corrected["dW" + str(l)] = v["dW" + str(l)] / (1 - beta1 ** t)
        v_corrected["db" + str(l)] = v["db" + str(l)] / (1 - beta1 ** t)
        s["dW" + str(l)] = beta2 * s["dW" + str(l)] + (1 - beta2) * np.square(dW)
        s["db" + str(l)] = beta2 * s["db" + str(l)] + (1 - beta2) * np.square(db)
        s_corrected["dW" + str(l)] = s["dW" + str(l)] / (1 - beta2 ** t)
        s_corrected["db" + str(l)] = s["db" + str(l)] / (1 - beta2 ** t)
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * (
            v_corrected["dW" + str(l)] / (np.sqrt(s_corrected["dW" + str(l)]) + epsilon))
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * (
            v_corrected["db" + str(l)] / (np.sqrt(s_corrected["db" + str(l)]) + epsilon))
        # YOUR CODE ENDS HERE
    return parameters, v, s, v_corrected, s_corrected


def update_lr(learning_rate0, epoch_num, decay_rate):
    """Learning rate decay, recomputed every epoch: alpha = alpha0 / (1 + decay_rate * epoch).

    Arguments:
    learning_rate0 -- the initial learning rate
    epoch_num -- the epoch number (0 for the first epoch)
    decay_rate -- how fast the rate decays

    Returns:
    learning_rate -- the learning rate for this epoch
    """
    # YOUR CODE STARTS HERE
    # stub: learning_rate = None
    learning_rate = learning_rate0 / (1 + decay_rate * epoch_num)
    # YOUR CODE ENDS HERE
    return learning_rate


def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    """Learning rate decay in steps: the rate only drops once every time_interval epochs.

    alpha = alpha0 / (1 + decay_rate * floor(epoch_num / time_interval))

    Arguments:
    learning_rate0 -- the initial learning rate
    epoch_num -- the epoch number (0 for the first epoch)
    decay_rate -- how much the rate drops at each step
    time_interval -- the number of epochs between two drops

    Returns:
    learning_rate -- the learning rate for this epoch
    """
    # YOUR CODE STARTS HERE
    # stub: learning_rate = None
    learning_rate = learning_rate0 / (1 + decay_rate * np.floor(epoch_num / time_interval))
    # YOUR CODE ENDS HERE
    return learning_rate


# ---------------------------------------------------------------------------------------------
# The model (given): a network of ReLU layers and a sigmoid output, trained with your
# optimizers. Nothing to write below this line.
# ---------------------------------------------------------------------------------------------

def sigmoid(z):
    """Sigmoid of every element of z, 1 / (1 + e^(-z)), written so that it never overflows."""
    return np.exp(-np.logaddexp(0, -z))


def relu(z):
    """ReLU of every element of z."""
    return np.maximum(0, z)


def initialize_parameters(layers_dims, seed=3):
    """He-initialized weights and zero biases for every layer (numpy is seeded with seed).

    Arguments:
    layers_dims -- list of layer sizes, the input first: [n_x, n[1], ..., n[L]]

    Returns:
    parameters -- python dictionary with W1, b1, ..., WL, bL; Wl has shape (n[l], n[l-1])
    """
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters["W" + str(l)] = (np.random.randn(layers_dims[l], layers_dims[l - 1])
                                    * np.sqrt(2 / layers_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def forward_propagation(X, parameters):
    """LINEAR -> RELU for every hidden layer, then LINEAR -> SIGMOID.

    Returns:
    AL -- the output probabilities, shape (1, m)
    cache -- dictionary with "A0" (= X) and, per layer, "Zl", "Al" and "Wl"
    """
    L = len(parameters) // 2
    cache = {"A0": X}
    A = X
    for l in range(1, L + 1):
        W = parameters["W" + str(l)]
        Z = np.dot(W, A) + parameters["b" + str(l)]
        A = relu(Z) if l < L else sigmoid(Z)
        cache["W" + str(l)] = W
        cache["Z" + str(l)] = Z
        cache["A" + str(l)] = A
    return A, cache


def compute_cost(AL, Y):
    """The cross-entropy SUMMED over the examples of the mini-batch (model divides by m).

    Summing rather than averaging lets mini-batches of different sizes add up exactly to the
    total over the epoch.
    """
    AL = np.clip(AL, 1e-12, 1 - 1e-12)
    logprobs = np.multiply(-np.log(AL), Y) + np.multiply(-np.log(1 - AL), 1 - Y)
    return float(np.sum(logprobs))


def backward_propagation(X, Y, cache):
    """Gradients of the mean cross-entropy over the mini-batch with respect to every parameter.

    Returns:
    grads -- dictionary with dW1, db1, ..., dWL, dbL, each shaped like its parameter
    """
    m = X.shape[1]
    L = sum(1 for key in cache if key.startswith("W"))
    grads = {}
    dZ = cache["A" + str(L)] - Y
    for l in range(L, 0, -1):
        A_prev = cache["A" + str(l - 1)]
        grads["dW" + str(l)] = np.dot(dZ, A_prev.T) / m
        grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            dA_prev = np.dot(cache["W" + str(l)].T, dZ)
            dZ = dA_prev * (cache["Z" + str(l - 1)] > 0)
    return grads


def predict(X, parameters):
    """0/1 predictions, shape (1, m): 1 where the network's probability is above 0.5."""
    AL, _ = forward_propagation(X, parameters)
    return (AL > 0.5).astype(int)


def model(X, Y, layers_dims, optimizer, learning_rate=0.0007, mini_batch_size=64, beta=0.9,
          beta1=0.9, beta2=0.999, epsilon=1e-8, num_epochs=5000, print_cost=True,
          decay=None, decay_rate=1, callback=None):
    """Train the network with mini-batches and the chosen optimizer.

    Arguments:
    X -- input data, of shape (2, number of examples)
    Y -- labels (0 or 1), of shape (1, number of examples)
    layers_dims -- list of layer sizes, e.g. [2, 5, 2, 1]
    optimizer -- "gd", "momentum" or "adam"
    learning_rate -- the (initial) learning rate
    mini_batch_size -- the size of a mini-batch
    beta -- momentum's hyperparameter
    beta1, beta2, epsilon -- Adam's hyperparameters
    num_epochs -- number of passes over the whole training set
    print_cost -- print the cost every 1000 epochs
    decay -- None, or a function (learning_rate0, epoch_num, decay_rate) -> learning rate,
             such as update_lr or schedule_lr_decay
    decay_rate -- handed to decay
    callback -- None, or a function called after every epoch with (epoch, average cost,
                learning rate used in that epoch, parameters); the training run draws with it

    Returns:
    parameters -- the trained parameters
    """
    t = 0  # Adam's step counter: incremented BEFORE each update, so the first step has t = 1
    seed = 10  # a new shuffle every epoch: seed 11, 12, ...
    m = X.shape[1]
    learning_rate0 = learning_rate
    parameters = initialize_parameters(layers_dims)

    if optimizer == "gd":
        pass
    elif optimizer == "momentum":
        v = initialize_velocity(parameters)
    elif optimizer == "adam":
        v, s = initialize_adam(parameters)
    else:
        raise ValueError(f"unknown optimizer {optimizer!r}: use 'gd', 'momentum' or 'adam'")

    for i in range(num_epochs):
        seed = seed + 1
        minibatches = random_mini_batches(X, Y, mini_batch_size, seed)
        cost_total = 0.0
        for minibatch_X, minibatch_Y in minibatches:
            AL, cache = forward_propagation(minibatch_X, parameters)
            cost_total += compute_cost(AL, minibatch_Y)
            grads = backward_propagation(minibatch_X, minibatch_Y, cache)
            if optimizer == "gd":
                parameters = update_parameters_with_gd(parameters, grads, learning_rate)
            elif optimizer == "momentum":
                parameters, v = update_parameters_with_momentum(parameters, grads, v, beta,
                                                                learning_rate)
            else:
                t = t + 1
                parameters, v, s, _, _ = update_parameters_with_adam(
                    parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon)
        cost_avg = cost_total / m
        if callback is not None:
            callback(i, cost_avg, learning_rate, parameters)
        if decay is not None:
            learning_rate = decay(learning_rate0, i, decay_rate)
        if print_cost and i % 1000 == 0:
            print(f"Cost after epoch {i}: {cost_avg:f}")
            if decay is not None:
                print(f"learning rate after epoch {i}: {learning_rate:f}")
    return parameters
