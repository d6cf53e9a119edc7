"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_calorie_percentages_example():
    #             banana  chicken  lentils  almonds
    A = np.array([[90.0,    0.0,    80.0,    80.0],     # carbohydrate
                  [5.0,   120.0,    36.0,    80.0],     # protein
                  [5.0,    40.0,     4.0,   440.0]])    # fat
    expect(sub.calorie_percentages(A),
           np.array([[90.0, 0.0, 66.66666667, 13.33333333],
                     [5.0, 75.0, 30.0, 13.33333333],
                     [5.0, 25.0, 3.33333333, 73.33333333]]),
           "calorie_percentages(A)")


def test_normalize_features_example():
    X = np.array([[1.0, 2.0, 3.0, 6.0],
                  [10.0, 30.0, 50.0, 30.0]])
    expect(sub.normalize_features(X),
           np.array([[-1.06904497, -0.53452248, 0.0, 1.60356745],
                     [-1.41421356, 0.0, 1.41421356, 0.0]]),
           "normalize_features(X)")
