"""Hidden tests: other curves, array shapes and model zoos."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed, shape", [(1, (7,)), (2, (3, 4)), (3, (1, 9))])
def test_performance_random_curves(seed, shape):
    """p = ceiling * m / (m + half_point), computed element by element for any shape of m."""
    rng = np.random.default_rng(seed)
    m = rng.uniform(0, 50_000, size=shape)
    ceiling, half = rng.uniform(0.5, 1.0), rng.uniform(10, 10_000)
    expect(sub.performance(m, ceiling, half), ceiling * m / (m + half),
           "performance(m, ceiling, half_point)")


def test_performance_landmarks():
    """No data gives 0; m = half_point gives exactly half the ceiling."""
    expect(sub.performance(np.array([0.0, 300.0]), 0.9, 300.0), np.array([0.0, 0.45]),
           "performance([0, 300], 0.9, 300)")


def test_performance_levels_off():
    """Performance grows with m but never passes the ceiling: with a million times the
    half_point it is within a millionth of it."""
    m = np.logspace(0, 9, 10)
    p = sub.performance(m, 0.8, 1000.0)
    assert np.all(np.diff(p) > 0), "performance should grow with m"
    assert np.all(p < 0.8), "performance should stay below the ceiling"
    expect(p[-1], 0.8 * 1e9 / (1e9 + 1000.0), "performance(1e9, 0.8, 1000)")


@pytest.mark.parametrize("seed", [5, 6, 7, 8])
def test_best_model_random_zoos(seed):
    """Compute every model's performance at THIS m and return the name of the best one."""
    rng = np.random.default_rng(seed)
    models = {f"model {k}": (float(rng.uniform(0.5, 1.0)), float(rng.uniform(10, 20_000)))
              for k in range(int(rng.integers(3, 7)))}
    for m in [50, 800, 5_000, 40_000, 2_000_000]:
        expect(sub.best_model(m, models), reference().best_model(m, models),
               f"best_model({m}, models)")


def test_best_model_small_data_favours_small_models():
    """With little data the big model has not taken off yet: bigger is not always better."""
    models = {"big": (0.99, 50_000.0), "tiny": (0.6, 20.0)}
    expect(sub.best_model(200, models), "tiny", "best_model(200, models)")
    expect(sub.best_model(10_000_000, models), "big", "best_model(10000000, models)")
