"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_bias_correct_examples():
    expect(sub.bias_correct(1.0, 0.9, 1), 10.0, "bias_correct(1.0, 0.9, 1)")
    expect(sub.bias_correct(2.3, 0.9, 2), 12.105263157894736, "bias_correct(2.3, 0.9, 2)")
    expect(sub.bias_correct(np.array([0.02, -0.04]), 0.98, 1), np.array([1.0, -2.0]),
           "bias_correct([0.02, -0.04], 0.98, 1)")


def test_bias_corrected_average_temperatures():
    theta = np.array([10.0, 14.0, 12.0, 16.0, 20.0, 18.0])
    expect(sub.bias_corrected_average(theta, 0.9),
           np.array([10.0, 12.10526316, 12.06642066, 13.21023553, 14.86825719, 15.53663466]),
           "bias_corrected_average(temperatures, 0.9)")
