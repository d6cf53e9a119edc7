"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

Y = np.array([[1, 0, 1, 1, 0, 1, 0, 0, 1, 0]])
Y_HAT_A = np.array([[1, 0, 1, 0, 0, 1, 1, 0, 1, 0]])
Y_HAT_B = np.array([[1, 0, 0, 0, 0, 1, 0, 0, 1, 0]])
Y_HAT_C = np.array([[1, 1, 1, 1, 1, 1, 0, 1, 1, 0]])


def test_precision_recall_three_classifiers():
    expect(sub.precision_recall(Y_HAT_A, Y), (0.8, 0.8), "precision_recall(Y_hat_A, Y)")
    expect(sub.precision_recall(Y_HAT_B, Y), (1.0, 0.6), "precision_recall(Y_hat_B, Y)")
    expect(sub.precision_recall(Y_HAT_C, Y), (0.625, 1.0), "precision_recall(Y_hat_C, Y)")


def test_f1_score_three_classifiers():
    expect(sub.f1_score(0.8, 0.8), 0.8, "f1_score(0.8, 0.8)")
    expect(sub.f1_score(1.0, 0.6), 0.75, "f1_score(1.0, 0.6)")
    expect(sub.f1_score(0.625, 1.0), 0.7692307692307693, "f1_score(0.625, 1.0)")


def test_best_by_f1_example():
    expect(sub.best_by_f1([Y_HAT_A, Y_HAT_B, Y_HAT_C], Y), 0,
           "best_by_f1([Y_hat_A, Y_hat_B, Y_hat_C], Y)")


def test_best_by_average_error_regions():
    errors = np.array([[3.0, 6.0, 5.0, 8.0],
                       [4.0, 4.0, 4.0, 5.0],
                       [2.0, 5.0, 7.0, 9.0]])
    expect(sub.best_by_average_error(errors), 1, "best_by_average_error(errors)")
