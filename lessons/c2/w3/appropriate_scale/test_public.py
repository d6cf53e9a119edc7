"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_sample_log_uniform_learning_rates():
    expect(sub.sample_log_uniform(1e-4, 1.0, 5, seed=0),
           np.array([0.035305856, 0.0011999050, 0.00014584586, 0.00011644224, 0.17909397]),
           "sample_log_uniform(1e-4, 1, 5, seed=0)")


def test_sample_momentum_betas_example():
    expect(sub.sample_momentum_betas(0.9, 0.999, 4, seed=0),
           np.array([0.98121015, 0.99653604, 0.99879233, 0.99892092]),
           "sample_momentum_betas(0.9, 0.999, 4, seed=0)")
