"""Hidden tests: random batches and sizes, compared with the reference, plus properties."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("m, n_H, n_W, n_C, n_f", [(3, 4, 5, 2, 6), (5, 2, 3, 3, 4), (1, 6, 4, 1, 7)])
def test_extract_features_random(m, n_H, n_W, n_C, n_f):
    """Flatten each image into ONE ROW (X.reshape(m, -1)), then relu(X_flat W + b)."""
    rng = np.random.default_rng(m * 10 + n_f)
    X = rng.normal(size=(m, n_H, n_W, n_C))
    W = rng.normal(size=(n_H * n_W * n_C, n_f))
    b = rng.normal(size=(1, n_f))
    expected = reference().extract_features(X.copy(), W.copy(), b.copy())
    expect(sub.extract_features(X, W, b), expected, "extract_features(X, W_frozen, b_frozen)")


def test_extract_features_one_image_at_a_time():
    """The features of an image must not depend on the other images in the batch."""
    rng = np.random.default_rng(12)
    X = rng.normal(size=(4, 3, 5, 2))
    W = rng.normal(size=(30, 5))
    b = rng.normal(size=(1, 5))
    together = sub.extract_features(X, W, b)
    alone = sub.extract_features(X[2:3], W, b)
    expect(together[2:3], alone, "features of image 2 computed alone vs in the batch")


@pytest.mark.parametrize("m, n_f, K", [(4, 6, 3), (7, 3, 5), (2, 8, 2)])
def test_softmax_head_forward_random(m, n_f, K):
    """Softmax along each ROW (axis=1, keepdims=True) of F W + b."""
    rng = np.random.default_rng(m + n_f + K)
    F, W, b = rng.random((m, n_f)), rng.normal(size=(n_f, K)), rng.normal(size=(1, K))
    P = sub.softmax_head_forward(F, W, b)
    expect(P, reference().softmax_head_forward(F, W, b), "softmax_head_forward(F, W, b)")


def test_softmax_head_forward_large_scores():
    """Large scores overflow np.exp: subtract each row's maximum score before exponentiating."""
    F = np.array([[400.0, 0.0], [0.0, 900.0], [1.0, 2.0]])
    W = np.array([[2.0, 1.0, 0.0], [0.0, 1.0, 2.0]])
    b = np.zeros((1, 3))
    with np.errstate(over="ignore", invalid="ignore"):
        P = sub.softmax_head_forward(F, W, b)
    Z = F @ W
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    expect(P, E / E.sum(axis=1, keepdims=True), "softmax_head_forward with large scores")


def make_problem(m, n_f, K, seed):
    rng = np.random.default_rng(seed)
    F = np.maximum(0, rng.normal(size=(m, n_f)))
    labels = np.argmax(F @ rng.normal(size=(n_f, K)), axis=1)
    return F, np.eye(K)[labels]


@pytest.mark.parametrize("m, n_f, K, iters, lr", [(20, 5, 3, 7, 0.5), (9, 4, 2, 3, 1.0), (15, 6, 4, 12, 0.3)])
def test_train_head_random(m, n_f, K, iters, lr):
    """dZ = (P - Y) / m, dW = F^T dZ, db = sum of dZ over the examples (axis 0); step DOWN the gradient."""
    F, Y = make_problem(m, n_f, K, seed=m + K)
    expected = reference().train_head(F.copy(), Y.copy(), iters, lr)
    expect(sub.train_head(F, Y, iters, lr), expected, "train_head(F, Y, num_iterations, learning_rate)")


def test_train_head_learns():
    """On features that separate the classes, the head should reach high training accuracy and a lower cost."""
    F, Y = make_problem(60, 5, 3, seed=4)
    W, b = sub.train_head(F, Y, 300, 0.5)
    P = reference().softmax_head_forward(F, W, b)
    accuracy = np.mean(np.argmax(P, axis=1) == np.argmax(Y, axis=1))
    cost = -np.mean(np.sum(Y * np.log(P), axis=1))
    assert cost < np.log(3) - 0.3, f"the cost {cost:.3f} barely moved from log(3) = {np.log(3):.3f}"
    assert accuracy > 0.85, f"training accuracy {accuracy:.2f} is too low"


def test_train_head_leaves_inputs_alone():
    """Do not modify F or Y in place: the features stay frozen."""
    F, Y = make_problem(10, 4, 3, seed=2)
    F0, Y0 = F.copy(), Y.copy()
    sub.train_head(F, Y, 5, 0.5)
    expect(F, F0, "F after the call")
    expect(Y, Y0, "Y after the call")
