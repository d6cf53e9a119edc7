"""Logistic regression with a neural network mindset: one neuron that tells shirts apart.

Write each function between the YOUR CODE markers. Keep the names and signatures: the tests
and the training run call them exactly like this. Later functions call the earlier ones, so
`model` trains with YOUR `initialize_with_zeros`, `optimize` and `predict`, and `optimize`
calls YOUR `propagate`, which calls YOUR `sigmoid`.

Notation: X has shape (n_x, m), one example per COLUMN; Y has shape (1, m); w has shape
(n_x, 1); b is a single number.
"""

import copy

import numpy as np


def sigmoid(z):
    """The sigmoid of z, element by element.

    Arguments:
    z -- a scalar or numpy array of any shape

    Returns:
    s -- 1 / (1 + e^(-z)), same shape as z
    """
    # YOUR CODE STARTS HERE
    # stub: s = None
    s = 1 / (1 + np.exp(-z))
    # YOUR CODE ENDS HERE
    return s


def initialize_with_zeros(dim):
    """A weight column of zeros and a zero bias.

    Arguments:
    dim -- the number of weights (n_x, the number of input features)

    Returns:
    w -- numpy array of zeros, shape (dim, 1)
    b -- the bias, the Python float 0.0
    """
    # YOUR CODE STARTS HERE
    # stub: w = None
    # stub: b = None
    w = np.zeros((dim, 1))
    b = 0.0
    # YOUR CODE ENDS HERE
    return w, b


def propagate(w, b, X, Y):
    """One forward pass (activations and cost) and one backward pass (gradients).

    Arguments:
    w -- weights, numpy array of shape (n_x, 1)
    b -- bias, a number
    X -- data, numpy array of shape (n_x, m), one example per column
    Y -- true labels, numpy array of shape (1, m), 0 or 1

    Returns:
    grads -- dictionary with
             "dw": gradient of the cost with respect to w, same shape as w
             "db": gradient of the cost with respect to b, a number
    cost -- the cross-entropy cost J (the mean loss over the m examples), a number
    """
    m = X.shape[1]

    # Forward pass: from X to the activations A, then to the cost.
    # YOUR CODE STARTS HERE
    # stub: A = None
    # stub: cost = None
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    # YOUR CODE ENDS HERE

    # Backward pass: the gradients of the cost.
    # YOUR CODE STARTS HERE
    # stub: dw = None
    # stub: db = None
    dw = np.dot(X, (A - Y).T) / m
    db = np.sum(A - Y) / m
    # YOUR CODE ENDS HERE

    if cost is not None:
        cost = float(np.squeeze(cost))  # a plain Python number, whatever shape it came in
    grads = {"dw": dw, "db": db}
    return grads, cost


def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    """Learn w and b by gradient descent.

    Arguments:
    w -- initial weights, numpy array of shape (n_x, 1); it is NOT modified
    b -- initial bias, a number
    X -- data, numpy array of shape (n_x, m)
    Y -- true labels, numpy array of shape (1, m)
    num_iterations -- how many gradient descent steps to take
    learning_rate -- the step size alpha
    print_cost -- True prints the cost every 100 iterations

    Returns:
    params -- dictionary with the learned weights "w" and bias "b"
    grads -- dictionary with the gradients "dw" and "db" of the LAST iteration
    costs -- list of the costs at iterations 0, 100, 200, ... (for the learning curve)
    """
    w = copy.deepcopy(w)
    b = copy.deepcopy(b)
    costs = []
    dw, db = None, None

    for i in range(num_iterations):
        # Compute the cost and gradients with propagate, then take one step downhill.
        # YOUR CODE STARTS HERE
        # stub: grads, cost = None, None
        grads, cost = propagate(w, b, X, Y)
        dw = grads["dw"]
        db = grads["db"]
        w = w - learning_rate * dw
        b = b - learning_rate * db
        # YOUR CODE ENDS HERE

        # Record the cost at iterations 0, 100, 200, ... in the list costs.
        # YOUR CODE STARTS HERE
        if i % 100 == 0:
            costs.append(cost)
        # YOUR CODE ENDS HERE

        if print_cost and i % 100 == 0:
            print(f"Cost after iteration {i}: {cost:f}")

    params = {"w": w, "b": b}
    grads = {"dw": dw, "db": db}
    return params, grads, costs


def predict(w, b, X):
    """Label every example 1 if its probability is above 0.5, else 0.

    Arguments:
    w -- weights, numpy array of shape (n_x, 1)
    b -- bias, a number
    X -- data, numpy array of shape (n_x, m)

    Returns:
    Y_prediction -- numpy array of shape (1, m) holding 0.0 or 1.0 for each example;
                    a probability of exactly 0.5 counts as 0
    """
    m = X.shape[1]
    Y_prediction = np.zeros((1, m))
    w = w.reshape(X.shape[0], 1)

    # Compute the probabilities A, then write a 0/1 label for each one into Y_prediction.
    # YOUR CODE STARTS HERE
    # stub: A = None
    A = sigmoid(np.dot(w.T, X) + b)
    for i in range(A.shape[1]):
        Y_prediction[0, i] = 1.0 if A[0, i] > 0.5 else 0.0
    # YOUR CODE ENDS HERE
    return Y_prediction


def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5,
          print_cost=False):
    """The whole pipeline: initialize, optimize on the training set, predict on both sets.

    Arguments:
    X_train -- training data, numpy array of shape (n_x, m_train)
    Y_train -- training labels, numpy array of shape (1, m_train)
    X_test -- test data, numpy array of shape (n_x, m_test)
    Y_test -- test labels, numpy array of shape (1, m_test)
    num_iterations -- number of gradient descent steps
    learning_rate -- the step size alpha
    print_cost -- True prints the cost every 100 iterations and the two accuracies

    Returns:
    d -- dictionary with "costs", "Y_prediction_test", "Y_prediction_train", "w", "b",
         "learning_rate" and "num_iterations"
    """
    # YOUR CODE STARTS HERE
    # stub: w, b = None, None
    # stub: costs = None
    # stub: Y_prediction_test = None
    # stub: Y_prediction_train = None
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate,
                                    print_cost)
    w = params["w"]
    b = params["b"]
    Y_prediction_test = predict(w, b, X_test)
    Y_prediction_train = predict(w, b, X_train)
    # YOUR CODE ENDS HERE

    if print_cost:
        train_acc = 100 - np.mean(np.abs(Y_prediction_train - Y_train)) * 100
        test_acc = 100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100
        print(f"train accuracy: {train_acc:.2f} %")
        print(f"test accuracy: {test_acc:.2f} %")

    d = {"costs": costs,
         "Y_prediction_test": Y_prediction_test,
         "Y_prediction_train": Y_prediction_train,
         "w": w,
         "b": b,
         "learning_rate": learning_rate,
         "num_iterations": num_iterations}
    return d
