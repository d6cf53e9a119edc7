"""Hidden tests: other numbers of hyperparameters and trials, other bounds and seeds."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def bounds(seed, n_h):
    """n_h (low, high) pairs with different offsets and widths."""
    rng = np.random.default_rng(seed + 1000)
    low = rng.uniform(-5, 5, size=n_h)
    high = low + 10.0 ** rng.uniform(-3, 2, size=n_h)
    return low, high


@pytest.mark.parametrize("seed, n_h, num_trials", [(1, 3, 7), (2, 2, 25), (3, 5, 4), (4, 1, 9)])
def test_random_search_configs_matches_the_reference(seed, n_h, num_trials):
    """One row per hyperparameter, one column per trial: u = rng.random((n_h, num_trials)), then
    low + (high - low) * u, with low and high reshaped to (n_h, 1) columns."""
    low, high = bounds(seed, n_h)
    expected = reference().random_search_configs(low.copy(), high.copy(), num_trials, seed)
    expect(sub.random_search_configs(low, high, num_trials, seed), expected,
           f"random_search_configs(low, high, {num_trials}, seed={seed}) with n_h={n_h}")


@pytest.mark.parametrize("seed, n_h, num_trials", [(5, 4, 200), (6, 2, 500)])
def test_random_search_configs_cover_each_range(seed, n_h, num_trials):
    """Row i must stay inside [low[i], high[i]) and spread over the whole range: stretch by the
    width (high - low), then shift by low."""
    low, high = bounds(seed, n_h)
    configs = sub.random_search_configs(low, high, num_trials, seed)
    expect(configs.shape, (n_h, num_trials), "configs.shape")
    assert np.all(configs >= low[:, None]) and np.all(configs < high[:, None]), (
        "some values fall outside [low, high) of their own hyperparameter")
    width = high - low
    assert np.all(configs.min(axis=1) < low + 0.05 * width), "no value near the lower bound"
    assert np.all(configs.max(axis=1) > high - 0.05 * width), "no value near the upper bound"


def test_random_search_configs_is_reproducible():
    """The same seed gives the same trials; another seed gives other trials. Use the seed you
    are given, through np.random.default_rng(seed)."""
    low, high = bounds(9, 3)
    first = sub.random_search_configs(low, high, 6, seed=9)
    expect(sub.random_search_configs(low, high, 6, seed=9), first, "a second draw with seed 9")
    assert not np.allclose(sub.random_search_configs(low, high, 6, seed=10), first), (
        "seed 10 gave the same trials as seed 9")


def test_random_search_configs_leaves_bounds_alone():
    """Build a new array; do not overwrite low or high."""
    low, high = bounds(11, 3)
    copies = (low.copy(), high.copy())
    sub.random_search_configs(low, high, 5, seed=11)
    expect((low, high), copies, "(low, high) after random_search_configs")


@pytest.mark.parametrize("n_h, points", [(2, 5), (3, 4), (1, 7), (4, 2)])
def test_distinct_values_per_axis_on_a_grid(n_h, points):
    """A grid with k points per axis tries only k distinct values of each hyperparameter, however
    many trials it runs: count the distinct values along each ROW."""
    low, high = bounds(n_h * 10 + points, n_h)
    grid = reference().grid_search_configs(low, high, points)
    expect(sub.distinct_values_per_axis(grid), np.full(n_h, points),
           f"distinct_values_per_axis(grid of {points} points on {n_h} axes)")


@pytest.mark.parametrize("seed, n_h, num_trials", [(12, 2, 25), (13, 3, 8)])
def test_distinct_values_per_axis_on_random_trials(seed, n_h, num_trials):
    """Random search tries a new value of every hyperparameter in every trial."""
    low, high = bounds(seed, n_h)
    configs = reference().random_search_configs(low, high, num_trials, seed)
    expect(sub.distinct_values_per_axis(configs), np.full(n_h, num_trials),
           f"distinct_values_per_axis(configs of shape {configs.shape})")


def test_distinct_values_per_axis_with_repeats():
    """Count within each row on its own: repeats of a value count once, and a value that also
    appears in another row does not matter."""
    configs = np.array([[1.0, 1.0, 2.0, 2.0, 3.0],
                        [5.0, 5.0, 5.0, 5.0, 5.0],
                        [0.0, 1.0, 0.0, 1.0, 0.0]])
    expect(sub.distinct_values_per_axis(configs), np.array([3, 1, 2]),
           "distinct_values_per_axis(configs with repeats)")


def test_distinct_values_per_axis_leaves_configs_alone():
    """Counting must not sort or overwrite the caller's array."""
    configs = np.array([[3.0, 1.0, 2.0, 1.0], [9.0, 8.0, 9.0, 7.0]])
    before = configs.copy()
    sub.distinct_values_per_axis(configs)
    expect(configs, before, "configs after distinct_values_per_axis")
