"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

A = np.array([[0.8, 0.1, 0.6, 0.3]])
Y = np.array([[1.0, 0.0, 1.0, 0.0]])


def test_likelihood_example():
    expect(sub.likelihood(A, Y), np.array([[0.8, 0.9, 0.6, 0.7]]), "likelihood(A, Y)")


def test_cost_from_likelihood_example():
    expect(sub.cost_from_likelihood(A, Y), 0.2990011586691898, "cost_from_likelihood(A, Y)")


def test_cost_from_likelihood_confidently_wrong():
    expect(sub.cost_from_likelihood(np.array([[0.0]]), np.array([[1.0]])), 27.631021115928547,
           "cost_from_likelihood([[0.0]], [[1.0]])")
