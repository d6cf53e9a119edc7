"""Public tests: the six days of temperatures of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def temperatures():
    return np.array([10.0, 14.0, 12.0, 16.0, 20.0, 18.0])


def test_exponentially_weighted_average_beta_half():
    expect(sub.exponentially_weighted_average(temperatures(), 0.5),
           np.array([5.0, 9.5, 10.75, 13.375, 16.6875, 17.34375]),
           "exponentially_weighted_average(temperatures, 0.5)")


def test_exponentially_weighted_average_beta_0_9():
    expect(sub.exponentially_weighted_average(temperatures(), 0.9),
           np.array([1.0, 2.3, 3.27, 4.543, 6.0887, 7.27983]),
           "exponentially_weighted_average(temperatures, 0.9)")


def test_ewa_weights_examples():
    expect(sub.ewa_weights(0.5, 4), np.array([0.0625, 0.125, 0.25, 0.5]), "ewa_weights(0.5, 4)")
    expect(sub.ewa_weights(0.9, 4), np.array([0.0729, 0.081, 0.09, 0.1]), "ewa_weights(0.9, 4)")
