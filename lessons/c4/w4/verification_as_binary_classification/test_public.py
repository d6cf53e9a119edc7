"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

F1 = np.array([[0.2, 0.5, 0.3], [0.1, 0.1, 0.8]])
F2 = np.array([[0.4, 0.1, 0.3], [0.1, 0.2, 0.7]])
W = np.array([-4.0, -4.0, -4.0])


def test_pair_features_abs_example():
    expect(sub.pair_features(F1, F2, "abs"), np.array([[0.2, 0.4, 0.0], [0.0, 0.1, 0.1]]),
           "pair_features(F1, F2, 'abs')")


def test_pair_features_chi2_example():
    expect(sub.pair_features(F1, F2, "chi2"),
           np.array([[0.06666667, 0.26666667, 0.0], [0.0, 0.03333333, 0.00666667]]),
           "pair_features(F1, F2, 'chi2')")


def test_verification_probability_example():
    expect(sub.verification_probability(F1, F2, W, 2.0), np.array([0.40131234, 0.76852478]),
           "verification_probability(F1, F2, w, 2.0)")
