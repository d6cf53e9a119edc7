"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

COUNTS = np.array([81.0, 16.0, 1.0, 625.0])


def test_negative_sampling_distribution_example():
    expect(sub.negative_sampling_distribution(COUNTS),
           np.array([27.0, 8.0, 1.0, 125.0]) / 161.0, "negative_sampling_distribution(counts)")


def test_sample_negatives_seed_zero():
    result = np.asarray(sub.sample_negatives(COUNTS, 5, 0))
    assert result.tolist() == [3, 3, 0, 0, 3], f"expected [3, 3, 0, 0, 3], got {result.tolist()}"


def test_negative_sampling_loss_example():
    e_c = np.array([1.0, -0.5])
    theta_pos = np.array([0.8, 0.2])
    theta_neg = np.array([[0.1, -0.6], [0.4, 0.3]])
    expect(sub.negative_sampling_loss(e_c, theta_pos, theta_neg), 1.4344537150739285,
           "negative_sampling_loss(e_c, theta_pos, theta_neg)")
