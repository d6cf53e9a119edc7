"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_performance_traditional_curve():
    m = np.array([0.0, 100.0, 1000.0, 10000.0])
    expect(sub.performance(m, 0.70, 100.0), np.array([0.0, 0.35, 0.63636364, 0.69306931]),
           "performance(m, 0.70, 100)")


def test_performance_large_network_curve():
    m = np.array([0.0, 100.0, 1000.0, 10000.0])
    expect(sub.performance(m, 0.95, 8000.0), np.array([0.0, 0.0117284, 0.10555556, 0.52777778]),
           "performance(m, 0.95, 8000)")


def test_best_model_ladder():
    expect(sub.best_model(100, sub.MODELS), "traditional", "best_model(100, MODELS)")
    expect(sub.best_model(10_000, sub.MODELS), "small network", "best_model(10000, MODELS)")
    expect(sub.best_model(30_000, sub.MODELS), "medium network", "best_model(30000, MODELS)")
    expect(sub.best_model(1_000_000, sub.MODELS), "large network", "best_model(1000000, MODELS)")
