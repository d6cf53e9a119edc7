"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_carve_train_dev_ten_examples():
    X = np.array([[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0]])
    Y = np.array([[0, 1, 1, 0, 1, 0, 0, 1, 1, 0]])
    expect(sub.carve_train_dev(X, Y, 3, seed=0),
           (np.array([[7.0, 3.0, 5.0, 9.0, 0.0, 8.0, 1.0]]), np.array([[1, 0, 0, 0, 0, 1, 1]]),
            np.array([[4.0, 6.0, 2.0]]), np.array([[1, 0, 1]])),
           "carve_train_dev(X, Y, 3, seed=0)")


def test_mismatch_gaps_variance_model():
    expect(sub.mismatch_gaps(0.0, 0.01, 0.09, 0.10),
           {"avoidable_bias": 0.01, "variance": 0.08, "data_mismatch": 0.01},
           "mismatch_gaps(0.0, 0.01, 0.09, 0.10)")


def test_mismatch_gaps_rear_view_mirror():
    expect(sub.mismatch_gaps(0.04, 0.07, 0.10, 0.06, 0.06),
           {"avoidable_bias": 0.03, "variance": 0.03, "data_mismatch": -0.04,
            "dev_overfitting": 0.0},
           "mismatch_gaps(0.04, 0.07, 0.10, 0.06, 0.06)")


def test_rank_problems_four_models():
    expect(sub.rank_problems(0.0, 0.01, 0.09, 0.10), ["variance"],
           "rank_problems(0.0, 0.01, 0.09, 0.10)")
    expect(sub.rank_problems(0.0, 0.01, 0.015, 0.10), ["data_mismatch"],
           "rank_problems(0.0, 0.01, 0.015, 0.10)")
    expect(sub.rank_problems(0.0, 0.10, 0.11, 0.12), ["avoidable_bias"],
           "rank_problems(0.0, 0.10, 0.11, 0.12)")
    expect(sub.rank_problems(0.0, 0.10, 0.11, 0.20), ["avoidable_bias", "data_mismatch"],
           "rank_problems(0.0, 0.10, 0.11, 0.20)")
