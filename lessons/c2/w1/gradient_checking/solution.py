"""Gradient checking: compare backpropagation with a numerical estimate of the gradient.

Write the functions between the YOUR CODE markers: the 1-D warm-up (forward_propagation,
backward_propagation, gradient_check), then gradient_check_n for a whole network. The network
(forward_propagation_n, backward_propagation_n) and the helpers that flatten a dictionary of
parameters into one column vector and back are given. Careful: backward_propagation_n has bugs
in it, on purpose. Your gradient_check_n is how you find out.
"""

import numpy as np

# ---------------------------------------------------------------------------------------------
# 1-D warm-up: J(theta) = theta * x
# ---------------------------------------------------------------------------------------------


def forward_propagation(x, theta):
    """The cost of the 1-D toy model: J = theta * x.

    Arguments:
    x -- a real-valued input
    theta -- our parameter, a real number as well

    Returns:
    J -- the value of the function J, computed with the formula J(theta) = theta * x
    """
    # YOUR CODE STARTS HERE
    # stub: J = None
    J = theta * x
    # YOUR CODE ENDS HERE
    return J


def backward_propagation(x, theta):
    """The derivative of J = theta * x with respect to theta.

    Arguments:
    x -- a real-valued input
    theta -- our parameter, a real number as well

    Returns:
    dtheta -- the gradient of the cost with respect to theta
    """
    # YOUR CODE STARTS HERE
    # stub: dtheta = None
    dtheta = x
    # YOUR CODE ENDS HERE
    return dtheta


def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
    """Check backward_propagation against the two-sided difference of forward_propagation.

    Arguments:
    x -- the input, a real number
    theta -- the parameter, a real number
    epsilon -- the small shift applied to theta
    print_msg -- if True, print whether the gradients agree

    Returns:
    difference -- ||grad - gradapprox|| / (||grad|| + ||gradapprox||); below 2e-7 means the
                  two agree
    """
    # Two-sided difference: J at theta + epsilon and at theta - epsilon.
    # YOUR CODE STARTS HERE
    # stub: gradapprox = None
    theta_plus = theta + epsilon
    theta_minus = theta - epsilon
    J_plus = forward_propagation(x, theta_plus)
    J_minus = forward_propagation(x, theta_minus)
    gradapprox = (J_plus - J_minus) / (2 * epsilon)
    # YOUR CODE ENDS HERE

    # The gradient from backpropagation.
    # YOUR CODE STARTS HERE
    # stub: grad = None
    grad = backward_propagation(x, theta)
    # YOUR CODE ENDS HERE

    # The relative difference between the two.
    # YOUR CODE STARTS HERE
    # stub: difference = None
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    difference = numerator / denominator
    # YOUR CODE ENDS HERE

    if print_msg:
        if difference > 2e-7:
            print(f"backward_propagation disagrees: difference = {difference:.3g}")
        else:
            print(f"backward_propagation agrees: difference = {difference:.3g}")
    return difference


# ---------------------------------------------------------------------------------------------
# N-dimensional: a 3-layer network LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID
# with X of shape (4, m), W1 (5, 4), W2 (3, 5), W3 (1, 3)
# ---------------------------------------------------------------------------------------------

#: The parameters' names and shapes, in the order they are flattened.
SHAPES = (("W1", (5, 4)), ("b1", (5, 1)), ("W2", (3, 5)), ("b2", (3, 1)),
          ("W3", (1, 3)), ("b3", (1, 1)))


def sigmoid(x):
    """Sigmoid of every element of x (given)."""
    return np.exp(-np.logaddexp(0, -x))


def relu(x):
    """ReLU of every element of x (given)."""
    return np.maximum(0, x)


def dictionary_to_vector(parameters):
    """Flatten W1, b1, W2, b2, W3, b3 (in that order) into one column vector (given).

    Returns:
    theta -- column vector of shape (47, 1)
    keys -- list with the name of the parameter each entry of theta comes from
    """
    pieces, keys = [], []
    for name, _ in SHAPES:
        values = np.asarray(parameters[name], dtype=float).reshape(-1, 1)
        pieces.append(values)
        keys += [name] * values.shape[0]
    return np.concatenate(pieces, axis=0), keys


def vector_to_dictionary(theta):
    """Unroll a column vector back into the dictionary W1, b1, W2, b2, W3, b3 (given)."""
    parameters, start = {}, 0
    for name, shape in SHAPES:
        size = shape[0] * shape[1]
        parameters[name] = np.asarray(theta[start:start + size]).reshape(shape)
        start += size
    return parameters


def gradients_to_vector(gradients):
    """Flatten dW1, db1, dW2, db2, dW3, db3 (in that order) into one column vector (given)."""
    return np.concatenate([np.asarray(gradients["d" + name], dtype=float).reshape(-1, 1)
                           for name, _ in SHAPES], axis=0)


def forward_propagation_n(X, Y, parameters):
    """The forward pass and the cross-entropy cost of the 3-layer network (given).

    Arguments:
    X -- training set for m examples, shape (4, m)
    Y -- labels for m examples, shape (1, m)
    parameters -- python dictionary containing W1, b1, W2, b2, W3, b3

    Returns:
    cost -- the cross-entropy cost (averaged over the m examples)
    cache -- tuple (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)
    """
    m = X.shape[1]
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    W3, b3 = parameters["W3"], parameters["b3"]
    Z1 = np.dot(W1, X) + b1
    A1 = relu(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = relu(Z2)
    Z3 = np.dot(W3, A2) + b3
    A3 = sigmoid(Z3)
    logprobs = np.multiply(-np.log(A3), Y) + np.multiply(-np.log(1 - A3), 1 - Y)
    cost = 1. / m * np.sum(logprobs)
    cache = (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)
    return cost, cache


def backward_propagation_n(X, Y, cache):
    """Backpropagation for the 3-layer network (given, and NOT to be trusted: two lines are
    wrong on purpose; gradient_check_n should catch them).

    Arguments:
    X -- the inputs, shape (4, m)
    Y -- the labels, shape (1, m)
    cache -- what forward_propagation_n returned next to the cost

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
    dW2 = 1. / m * np.dot(dZ2, A1.T) * 2
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)
    dA1 = np.dot(W2.T, dZ2)
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    dW1 = 1. / m * np.dot(dZ1, X.T)
    db1 = 4. / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3,
            "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}


def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
    """Check the gradients of a whole network, one parameter at a time.

    For each entry i of the flattened parameter vector, shift only that entry by +epsilon and
    by -epsilon, compute the cost with forward_propagation_n both times, and take the
    two-sided difference as the approximate gradient of entry i.

    Arguments:
    parameters -- python dictionary with W1, b1, W2, b2, W3, b3, the point where we check
    gradients -- the gradients to be checked (from backward_propagation_n): dW1, db1, ...
    X -- the inputs, shape (4, m)
    Y -- the labels, shape (1, m)
    epsilon -- the small shift applied to one parameter at a time
    print_msg -- if True, print whether the gradients agree

    Returns:
    difference -- ||grad - gradapprox|| / (||grad|| + ||gradapprox||) over the whole vector
    """
    parameters_values, _ = dictionary_to_vector(parameters)
    grad = gradients_to_vector(gradients)
    num_parameters = parameters_values.shape[0]
    J_plus = np.zeros((num_parameters, 1))
    J_minus = np.zeros((num_parameters, 1))
    gradapprox = np.zeros((num_parameters, 1))

    for i in range(num_parameters):
        # J_plus[i]: the cost with entry i shifted up by epsilon (on a COPY of the vector).
        # YOUR CODE STARTS HERE
        theta_plus = np.copy(parameters_values)
        theta_plus[i] = theta_plus[i] + epsilon
        J_plus[i], _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_plus))
        # YOUR CODE ENDS HERE

        # J_minus[i]: the cost with entry i shifted down by epsilon.
        # YOUR CODE STARTS HERE
        theta_minus = np.copy(parameters_values)
        theta_minus[i] = theta_minus[i] - epsilon
        J_minus[i], _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_minus))
        # YOUR CODE ENDS HERE

        # gradapprox[i]: the two-sided difference.
        # YOUR CODE STARTS HERE
        # stub: pass
        gradapprox[i] = (J_plus[i] - J_minus[i]) / (2 * epsilon)
        # YOUR CODE ENDS HERE

    # The relative difference between grad and gradapprox.
    # YOUR CODE STARTS HERE
    # stub: difference = None
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    difference = numerator / denominator
    # YOUR CODE ENDS HERE

    if print_msg:
        if difference > 2e-7:
            print(f"Backpropagation disagrees with the numerical gradient: difference = "
                  f"{difference:.3g} (above 2e-7), look for a bug")
        else:
            print(f"Backpropagation agrees with the numerical gradient: difference = "
                  f"{difference:.3g}")
    return difference
