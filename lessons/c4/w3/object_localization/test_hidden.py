"""Hidden tests: other classes, class counts and batches, compared with the reference."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

SEEDS = [4, 19, 77]


@pytest.mark.parametrize("class_id", [1, 2, 3])
def test_localization_target_each_class(class_id):
    """Class k (counting from 1) sets entry 4 + k of y: c_1 sits right after b_w."""
    y = sub.localization_target(True, 0.25, 0.6, 0.9, 1.3, class_id)
    expect(y, reference().localization_target(True, 0.25, 0.6, 0.9, 1.3, class_id), "y")


def test_localization_target_more_classes():
    """With K classes y has 5 + K rows and is a COLUMN vector of shape (5 + K, 1)."""
    y = sub.localization_target(True, 0.1, 0.2, 0.3, 0.4, 5, n_classes=6)
    expect(y, reference().localization_target(True, 0.1, 0.2, 0.3, 0.4, 5, n_classes=6), "y")


def test_localization_target_box_order():
    """The order is p_c, b_x, b_y, b_h, b_w: height before width."""
    y = sub.localization_target(True, 0.11, 0.22, 0.33, 0.44, 1)
    expect(y[1:5, 0], np.array([0.11, 0.22, 0.33, 0.44]), "y[1:5] (b_x, b_y, b_h, b_w)")


def test_localization_target_no_object_ignores_box():
    """With no object only p_c = 0 matters: leave the box and classes at 0."""
    y = sub.localization_target(False, 0.5, 0.5, 0.2, 0.2, 3, n_classes=4)
    expect(y, np.zeros((9, 1)), "y with no object")


def make_batch(seed, m, n_classes):
    rng = np.random.default_rng(seed)
    cols = []
    for _ in range(m):
        has = bool(rng.random() < 0.6)
        box = rng.uniform(0, 1, size=4)
        cols.append(reference().localization_target(has, *box, int(rng.integers(1, n_classes + 1)),
                                                    n_classes=n_classes))
    Y = np.hstack(cols)
    Y[0, 0], Y[0, 1] = 1.0, 0.0
    if Y[0, 0] == 1 and not Y[5:, 0].any():
        Y[5, 0] = 1.0
    Y_hat = Y + rng.normal(0, 0.3, size=Y.shape)
    return Y_hat, Y


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("shape", [(3, 7), (5, 4)])
def test_localization_loss_random_batch(seed, shape):
    """Per example: all squared errors if p_c = 1, only the p_c error if p_c = 0; then the mean over m."""
    n_classes, m = shape
    Y_hat, Y = make_batch(seed, m, n_classes)
    expected = reference().localization_loss(Y_hat.copy(), Y.copy())
    expect(sub.localization_loss(Y_hat, Y), expected, "localization_loss(Y_hat, Y)")


def test_localization_loss_no_object_ignores_box():
    """When p_c = 0 the box and class outputs are 'don't care': changing them must not change the loss."""
    Y = np.zeros((8, 3))
    Y_hat = np.zeros((8, 3))
    Y_hat[0] = [0.1, 0.3, 0.0]
    base = 0.01 + 0.09
    Y_hat[1:] = np.random.default_rng(0).normal(size=(7, 3))
    expect(sub.localization_loss(Y_hat, Y), base / 3, "loss with no objects")


def test_localization_loss_mask_from_labels():
    """Which components count is decided by the LABEL's p_c (Y[0]), not by the prediction."""
    Y = np.zeros((8, 1))
    Y_hat = np.full((8, 1), 0.5)
    Y_hat[0, 0] = 1.0
    expect(sub.localization_loss(Y_hat, Y), 1.0, "loss when the label says no object")


def test_localization_loss_is_float():
    """Return a plain Python float; a perfect prediction has loss 0."""
    Y_hat, Y = make_batch(2, 5, 3)
    loss = sub.localization_loss(Y.copy(), Y)
    assert isinstance(loss, float), "localization_loss should return a float"
    expect(loss, 0.0, "loss of a perfect prediction")
