"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

A_C = np.array([1.0, 2.0, 3.0, 4.0]).reshape(1, 2, 1, 2)
A_G = np.array([1.0, 0.0, 2.0, 4.0]).reshape(1, 2, 1, 2)


def test_unroll_activations_example():
    expect(sub.unroll_activations(A_C), np.array([[1.0, 3.0], [2.0, 4.0]]), "unroll_activations(a_C)")


def test_compute_content_cost_example():
    expect(sub.compute_content_cost(A_C, A_G), 0.3125, "compute_content_cost(a_C, a_G)")
