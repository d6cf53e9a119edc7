"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

Y_CAR = np.array([[1, 0.5, 0.7, 0.3, 0.4, 0, 1, 0]], dtype=float).T
Y_NONE = np.zeros((8, 1))
YHAT_CAR = np.array([[0.9, 0.45, 0.7, 0.35, 0.4, 0.1, 0.8, 0.1]]).T
YHAT_NONE = np.array([[0.2, 0.3, 0.9, 0.1, 0.6, 0.5, 0.2, 0.7]]).T


def test_localization_target_car():
    expect(sub.localization_target(True, 0.5, 0.7, 0.3, 0.4, 2), Y_CAR,
           "localization_target(True, 0.5, 0.7, 0.3, 0.4, 2)")


def test_localization_target_no_object():
    expect(sub.localization_target(False, 0.1, 0.2, 0.3, 0.4, 1), Y_NONE,
           "localization_target(False, ...)")


def test_localization_loss_examples():
    expect(sub.localization_loss(YHAT_CAR, Y_CAR), 0.075, "loss with a car")
    expect(sub.localization_loss(YHAT_NONE, Y_NONE), 0.04, "loss with no object")
    expect(sub.localization_loss(np.hstack([YHAT_CAR, YHAT_NONE]), np.hstack([Y_CAR, Y_NONE])),
           0.0575, "loss of the batch of two")
