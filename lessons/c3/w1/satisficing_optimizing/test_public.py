"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

MODELS = [
    {"accuracy": 0.91, "runtime_ms": 40, "memory_mb": 8},
    {"accuracy": 0.94, "runtime_ms": 95, "memory_mb": 12},
    {"accuracy": 0.93, "runtime_ms": 100, "memory_mb": 9},
    {"accuracy": 0.97, "runtime_ms": 1200, "memory_mb": 9},
]
LIMITS = {"runtime_ms": 100, "memory_mb": 10}


def test_satisfies_four_models():
    for i, ok in enumerate([True, False, True, False]):
        expect(sub.satisfies(MODELS[i], LIMITS), ok, f"satisfies(MODELS[{i}], LIMITS)")


def test_choose_model_examples():
    expect(sub.choose_model(MODELS, LIMITS), 2, "choose_model(MODELS, LIMITS)")
    expect(sub.choose_model(MODELS, {"runtime_ms": 100}), 1,
           "choose_model(MODELS, {'runtime_ms': 100})")
    expect(sub.choose_model(MODELS, {"runtime_ms": 30}), None,
           "choose_model(MODELS, {'runtime_ms': 30})")


def test_false_alarms_per_day_example():
    Y = np.array([[0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]])
    Y_hat = np.array([[0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0]])
    expect(sub.false_alarms_per_day(Y_hat, Y, 48), 1.0, "false_alarms_per_day(Y_hat, Y, 48)")
