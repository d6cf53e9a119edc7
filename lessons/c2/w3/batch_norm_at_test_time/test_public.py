"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

Z = np.array([[1.0, 3.0, 5.0, 7.0],
              [2.0, 2.0, -2.0, -2.0]])


def test_update_running_stats_one_batch():
    result = sub.update_running_stats(np.zeros((2, 1)), np.ones((2, 1)), Z, momentum=0.9)
    expect(result, (np.array([[0.4], [0.0]]), np.array([[1.4], [1.3]])),
           "update_running_stats(zeros, ones, Z, momentum=0.9)")


def test_batchnorm_inference_single_example():
    z = np.array([[6.0], [-1.0]])
    running_mu, running_var = np.array([[4.0], [0.0]]), np.array([[5.0], [4.0]])
    gamma, beta = np.array([[2.0], [0.5]]), np.array([[1.0], [-1.0]])
    expect(sub.batchnorm_inference(z, running_mu, running_var, gamma, beta),
           np.array([[2.78885438], [-1.25]]),
           "batchnorm_inference(z, running_mu, running_var, gamma, beta)")
