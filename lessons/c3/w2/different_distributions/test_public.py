"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_mobile_in_shuffled_dev_cat_app():
    expect(sub.mobile_in_shuffled_dev(200_000, 10_000, 2_500), 119.04761904761905,
           "mobile_in_shuffled_dev(200_000, 10_000, 2_500)")


def test_split_sizes_cat_app():
    expect(sub.split_sizes(200_000, 10_000), (205_000, 2_500, 2_500),
           "split_sizes(200_000, 10_000)")


def test_split_sizes_rear_view_mirror():
    expect(sub.split_sizes(500_000, 20_000), (510_000, 5_000, 5_000),
           "split_sizes(500_000, 20_000)")


def test_split_web_and_mobile_fourteen_pictures():
    X_web = np.array([[10.0, 11.0, 12.0, 13.0, 14.0, 15.0]])
    Y_web = np.array([[1, 0, 1, 1, 0, 0]])
    X_mobile = np.array([[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]])
    Y_mobile = np.array([[1, 1, 0, 1, 0, 0, 1, 1]])
    expect(sub.split_web_and_mobile(X_web, Y_web, X_mobile, Y_mobile, seed=0),
           (np.array([[10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 5.0, 0.0, 1.0, 7.0]]),
            np.array([[1, 0, 1, 1, 0, 0, 0, 1, 1, 1]]),
            np.array([[2.0, 4.0]]), np.array([[0, 0]]),
            np.array([[3.0, 6.0]]), np.array([[1, 1]])),
           "split_web_and_mobile(X_web, Y_web, X_mobile, Y_mobile, seed=0)")
