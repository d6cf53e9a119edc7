"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

F_EXAMPLE = np.array([[1.0, 1.0, 1.5], [3.0, 0.0, 0.0]])


def test_extract_features_example():
    X = np.array([[1.0, 2.0], [3.0, -1.0]]).reshape(2, 1, 2, 1)    # two 1 x 2 grey images
    W = np.array([[1.0, 0.0, -1.0], [0.0, 1.0, 1.0]])
    b = np.array([[0.0, -1.0, 0.5]])
    expect(sub.extract_features(X, W, b), F_EXAMPLE, "extract_features(X, W_frozen, b_frozen)")


def test_softmax_head_forward_example():
    W = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]])
    expect(sub.softmax_head_forward(F_EXAMPLE, W, np.zeros((1, 2))),
           np.array([[0.5, 0.5], [0.95257413, 0.04742587]]), "softmax_head_forward(F, W, b)")


def test_train_head_one_step():
    Y = np.array([[1.0, 0.0], [0.0, 1.0]])
    W, b = sub.train_head(F_EXAMPLE, Y, num_iterations=1, learning_rate=1.0)
    expect(W, np.array([[-0.5, 0.5], [0.25, -0.25], [0.375, -0.375]]), "W after one step")
    expect(b, np.array([[0.0, 0.0]]), "b after one step")
