"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

X = np.arange(24).reshape(2, 3, 4, 1)      # two 3 x 4 grey images: 0..11 and 12..23
Y = np.array([[1], [0]])


def test_augment_with_flips_example():
    X_aug, Y_aug = sub.augment_with_flips(X, Y)
    expect(X_aug.shape, (4, 3, 4, 1), "X_aug.shape")
    expect(X_aug[2, :, :, 0], np.array([[3, 2, 1, 0], [7, 6, 5, 4], [11, 10, 9, 8]]),
           "X_aug[2, :, :, 0] (image 0, mirrored)")
    expect(X_aug[3, :, :, 0], np.array([[15, 14, 13, 12], [19, 18, 17, 16], [23, 22, 21, 20]]),
           "X_aug[3, :, :, 0] (image 1, mirrored)")
    expect(Y_aug, np.array([[1], [0], [1], [0]]), "Y_aug")


def test_random_crops_example():
    crops = sub.random_crops(X, 2, 2, seed=0)
    expect(crops.shape, (2, 2, 2, 1), "crops.shape")
    expect(crops[0, :, :, 0], np.array([[1, 2], [5, 6]]), "crops[0, :, :, 0] (top 0, left 1)")
    expect(crops[1, :, :, 0], np.array([[16, 17], [20, 21]]), "crops[1, :, :, 0] (top 1, left 0)")
