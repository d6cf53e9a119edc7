"""Transfer learning as feature extraction: a frozen network, a small trainable head.

Course 4 layout: images are (m, n_H, n_W, n_C), batch first, so features are (m, n_f) with
one ROW per example. Write each function between the YOUR CODE markers.
"""

import numpy as np


def extract_features(X, W_frozen, b_frozen):
    """The frozen 'pretrained' layer: flatten each image, then relu(X_flat W + b).

    Arguments:
    X -- images, shape (m, n_H, n_W, n_C)
    W_frozen -- frozen weights, shape (n_H * n_W * n_C, n_f)
    b_frozen -- frozen biases, shape (1, n_f)

    Returns:
    F -- features, shape (m, n_f), one row per image
    """
    # YOUR CODE STARTS HERE
    # stub: F = None
    X_flat = X.reshape(X.shape[0], -1)
    F = np.maximum(0, X_flat @ W_frozen + b_frozen)
    # YOUR CODE ENDS HERE
    return F


def softmax_head_forward(F, W, b):
    """The trainable head: class probabilities softmax(F W + b), row by row.

    Arguments:
    F -- features, shape (m, n_f)
    W -- head weights, shape (n_f, K)
    b -- head biases, shape (1, K)

    Returns:
    P -- probabilities, shape (m, K); every row sums to 1
    """
    # YOUR CODE STARTS HERE
    # stub: P = None
    Z = F @ W + b
    Z = Z - np.max(Z, axis=1, keepdims=True)
    E = np.exp(Z)
    P = E / np.sum(E, axis=1, keepdims=True)
    # YOUR CODE ENDS HERE
    return P


def train_head(F, Y, num_iterations=100, learning_rate=0.1):
    """Gradient descent on the head only; the features F (and the frozen layer) never change.

    Start from W = zeros (n_f, K) and b = zeros (1, K). Each iteration:
        P = softmax_head_forward(F, W, b)
        dZ = (1/m) (P - Y)
        dW = F^T dZ,  db = column sums of dZ (shape (1, K))
        W -= learning_rate * dW,  b -= learning_rate * db

    Arguments:
    F -- features, shape (m, n_f)
    Y -- one-hot labels, shape (m, K)
    num_iterations -- number of gradient steps
    learning_rate -- step size

    Returns:
    W, b -- the trained head, shapes (n_f, K) and (1, K)
    """
    m, n_f = F.shape
    K = Y.shape[1]
    W = np.zeros((n_f, K))
    b = np.zeros((1, K))
    # YOUR CODE STARTS HERE
    for _ in range(num_iterations):
        P = softmax_head_forward(F, W, b)
        dZ = (P - Y) / m
        dW = F.T @ dZ
        db = np.sum(dZ, axis=0, keepdims=True)
        W = W - learning_rate * dW
        b = b - learning_rate * db
    # YOUR CODE ENDS HERE
    return W, b
