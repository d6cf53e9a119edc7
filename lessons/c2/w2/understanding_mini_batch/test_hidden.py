"""Hidden tests: remainders and exact multiples, the m = 2000 boundary, tight memory."""

import math

import pytest

import submission as sub
from engine.testkit import expect


@pytest.mark.parametrize("m, size", [(10, 3), (12, 4), (65, 64), (148, 64), (7, 2),
                                     (5_000_000, 512), (999, 1000)])
def test_steps_per_epoch_counts(m, size):
    """One step per mini-batch, the partial one included: ceil(m / size), as an int."""
    expect(sub.steps_per_epoch(m, size), math.ceil(m / size), f"steps_per_epoch({m}, {size})",
           strict_type=True)


@pytest.mark.parametrize("m, size", [(12, 4), (64, 64), (1024, 128)])
def test_steps_per_epoch_exact_multiple(m, size):
    """When size divides m there is no partial batch: exactly m / size steps, not one more."""
    expect(sub.steps_per_epoch(m, size), m // size, f"steps_per_epoch({m}, {size})",
           strict_type=True)


@pytest.mark.parametrize("m", [1, 37, 2048])
def test_steps_per_epoch_extremes(m):
    """Size 1 (stochastic gradient descent) takes m steps; size m (batch) takes one."""
    expect(sub.steps_per_epoch(m, 1), m, f"steps_per_epoch({m}, 1)", strict_type=True)
    expect(sub.steps_per_epoch(m, m), 1, f"steps_per_epoch({m}, {m})", strict_type=True)


@pytest.mark.parametrize("m, memory, size", [(300, 10_000, 300), (2000, 10_000, 2000),
                                             (1999, 1999, 1999)])
def test_choose_mini_batch_size_small_sets(m, memory, size):
    """A small training set (m <= 2000, the boundary included) that fits in memory is used whole."""
    expect(sub.choose_mini_batch_size(m, memory), size,
           f"choose_mini_batch_size({m}, {memory})", strict_type=True)


@pytest.mark.parametrize("m, memory, size", [(2001, 10_000, 512), (60_000, 512, 512),
                                             (60_000, 511, 256), (60_000, 200, 128),
                                             (60_000, 64, 64), (60_000, 100, 64)])
def test_choose_mini_batch_size_large_sets(m, memory, size):
    """Large sets use the largest of 512, 256, 128, 64 that fits in memory: a power of two."""
    expect(sub.choose_mini_batch_size(m, memory), size,
           f"choose_mini_batch_size({m}, {memory})", strict_type=True)


@pytest.mark.parametrize("memory, size", [(63, 32), (20, 16), (1, 1)])
def test_choose_mini_batch_size_tight_memory(memory, size):
    """If not even 64 examples fit, keep halving the power of two until it fits in memory."""
    expect(sub.choose_mini_batch_size(100_000, memory), size,
           f"choose_mini_batch_size(100_000, {memory})", strict_type=True)


def test_choose_mini_batch_size_small_set_too_big_for_memory():
    """A small set that does NOT fit in memory cannot be used whole: fall back to a power of two."""
    expect(sub.choose_mini_batch_size(1800, 1000), 512, "choose_mini_batch_size(1800, 1000)",
           strict_type=True)


@pytest.mark.parametrize("memory", [70, 150, 333, 700, 5000])
def test_choose_mini_batch_size_fits_and_is_a_power_of_two(memory):
    """For a large set the size is a power of two that fits: size <= max_in_memory."""
    size = sub.choose_mini_batch_size(1_000_000, memory)
    assert isinstance(size, int) and size > 0, f"got {size!r}, expected a positive int"
    assert size <= memory, f"size {size} does not fit in memory ({memory} examples)"
    assert size & (size - 1) == 0, f"size {size} is not a power of two"
