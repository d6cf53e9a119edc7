"""Hidden tests: other ranges, sizes and seeds; how the samples spread over the decades."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("low, high, n, seed", [(1e-5, 1e-1, 7, 3), (0.01, 10.0, 12, 4),
                                                (2.0, 512.0, 3, 5), (1e-4, 1.0, 1, 6)])
def test_sample_log_uniform_matches_the_reference(low, high, n, seed):
    """Use the bounds you are given: r = a + (b - a) * u with a = log10(low), b = log10(high)
    and u = np.random.default_rng(seed).random(num_samples); the value is 10 ** r."""
    expect(sub.sample_log_uniform(low, high, n, seed),
           reference().sample_log_uniform(low, high, n, seed),
           f"sample_log_uniform({low}, {high}, {n}, seed={seed})")


def test_sample_log_uniform_fills_every_decade_equally():
    """Between 1e-4 and 1 there are four powers of ten, and each should get about a quarter of
    the samples. Uniform sampling on a linear scale puts 90% of them between 0.1 and 1."""
    values = sub.sample_log_uniform(1e-4, 1.0, 20000, seed=7)
    expect(values.shape, (20000,), "values.shape")
    assert np.all((values >= 1e-4) & (values <= 1.0)), "some values fall outside [1e-4, 1]"
    shares = np.histogram(np.log10(values), bins=[-4, -3, -2, -1, 0])[0] / values.size
    expect(shares, np.full(4, 0.25), "share of the samples in each decade", atol=0.02)


def test_sample_log_uniform_scales_with_its_bounds():
    """On a log scale, multiplying both bounds by 1000 multiplies every sample by 1000."""
    small = sub.sample_log_uniform(0.001, 0.5, 9, seed=8)
    large = sub.sample_log_uniform(1.0, 500.0, 9, seed=8)
    expect(large, 1000 * small, "sample_log_uniform(1, 500) vs 1000 * sample_log_uniform(0.001, 0.5)")


def test_sample_log_uniform_is_reproducible():
    """The same seed gives the same samples, another seed other samples: draw them from
    np.random.default_rng(seed)."""
    first = sub.sample_log_uniform(1e-3, 1.0, 6, seed=9)
    expect(sub.sample_log_uniform(1e-3, 1.0, 6, seed=9), first, "a second draw with seed 9")
    assert not np.allclose(sub.sample_log_uniform(1e-3, 1.0, 6, seed=10), first), (
        "seed 10 gave the same samples as seed 9")


@pytest.mark.parametrize("low, high, n, seed", [(0.9, 0.999, 6, 11), (0.99, 0.9999, 10, 12),
                                                (0.5, 0.95, 3, 13)])
def test_sample_momentum_betas_matches_the_reference(low, high, n, seed):
    """Sample 1 - beta on a log scale between 1 - high and 1 - low (with sample_log_uniform and
    the same seed), then return beta = 1 - (1 - beta)."""
    expect(sub.sample_momentum_betas(low, high, n, seed),
           reference().sample_momentum_betas(low, high, n, seed),
           f"sample_momentum_betas({low}, {high}, {n}, seed={seed})")


def test_sample_momentum_betas_spread():
    """Between 0.9 and 0.999, half the betas should fall in [0.9, 0.99) and half in
    [0.99, 0.999]: it is 1 - beta that is spread evenly over the powers of ten."""
    betas = sub.sample_momentum_betas(0.9, 0.999, 20000, seed=14)
    assert np.all((betas >= 0.9) & (betas <= 0.999)), "some betas fall outside [0.9, 0.999]"
    share_low = np.mean(betas < 0.99)
    expect(share_low, 0.5, "share of the betas below 0.99", atol=0.02)


def test_sample_momentum_betas_is_reproducible():
    """Use the seed you are given: the same seed must give the same betas."""
    first = sub.sample_momentum_betas(0.9, 0.999, 5, seed=15)
    expect(sub.sample_momentum_betas(0.9, 0.999, 5, seed=15), first, "a second draw with seed 15")
