"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

Y = np.array([[1, 0, 1, 1, 0, 0, 1, 0, 1, 1]])
Y_PRED = np.array([[1, 1, 1, 0, 0, 1, 1, 0, 0, 1]])


def test_sample_misclassified_two_of_four():
    expect(sub.sample_misclassified(Y, Y_PRED, 2, seed=0), np.array([5, 8]),
           "sample_misclassified(Y, Y_pred, 2, seed=0)")


def test_sample_misclassified_fewer_errors_than_asked():
    expect(sub.sample_misclassified(Y, Y_PRED, 10, seed=0), np.array([1, 3, 5, 8]),
           "sample_misclassified(Y, Y_pred, 10, seed=0)")


def test_best_case_error_few_dogs():
    expect(sub.best_case_error(0.10, 5, 100), 0.095, "best_case_error(0.10, 5, 100)")


def test_best_case_error_many_dogs():
    expect(sub.best_case_error(0.10, 50, 100), 0.05, "best_case_error(0.10, 50, 100)")


def test_worth_pursuing_dog_project():
    expect(sub.worth_pursuing(0.10, 5, 100, 0.01), False, "worth_pursuing(0.10, 5, 100, 0.01)")
    expect(sub.worth_pursuing(0.10, 50, 100, 0.01), True, "worth_pursuing(0.10, 50, 100, 0.01)")
