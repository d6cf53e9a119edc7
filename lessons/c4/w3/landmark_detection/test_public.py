"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

PIXELS = np.array([[60, 40], [140, 40], [100, 70]], dtype=float)
POINTS = np.array([[0.3, 0.4], [0.7, 0.4], [0.5, 0.7]])
Y_FACE = np.array([[1, 0.3, 0.4, 0.7, 0.4, 0.5, 0.7]]).T
YHAT_FACE = np.array([[0.8, 0.3, 0.45, 0.7, 0.4, 0.6, 0.7]]).T


def test_normalize_landmarks_example():
    expect(sub.normalize_landmarks(PIXELS, 200, 100), POINTS,
           "normalize_landmarks(PIXELS, 200, 100)")


def test_landmark_target_example():
    expect(sub.landmark_target(True, POINTS), Y_FACE, "landmark_target(True, POINTS)")
    expect(sub.landmark_target(False, POINTS), np.zeros((7, 1)), "landmark_target(False, POINTS)")


def test_landmark_loss_example():
    expect(sub.landmark_loss(YHAT_FACE, Y_FACE), 0.0525, "landmark_loss(YHAT_FACE, Y_FACE)")
    yhat_none = np.array([[0.1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]]).T
    expect(sub.landmark_loss(np.hstack([YHAT_FACE, yhat_none]), np.hstack([Y_FACE, np.zeros((7, 1))])),
           0.03125, "landmark_loss of a batch of two")
