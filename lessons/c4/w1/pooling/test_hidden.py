"""Hidden tests: non-square slices, overlapping and uneven windows, volumes with many channels."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def by_windows(x, f, stride, mode):
    """All f x f windows at once, keeping every stride-th one."""
    windows = np.lib.stride_tricks.sliding_window_view(x, (f, f))[::stride, ::stride]
    return windows.max(axis=(2, 3)) if mode == "max" else windows.mean(axis=(2, 3))


CASES = [(1, 6, 8, 2, 2), (2, 7, 5, 3, 2), (3, 9, 6, 3, 3), (4, 5, 7, 2, 1), (5, 8, 11, 4, 3)]


@pytest.mark.parametrize("seed, n_H, n_W, f, stride", CASES)
@pytest.mark.parametrize("mode", ["max", "average"])
def test_pool_2d_random(seed, n_H, n_W, f, stride, mode):
    """Window (h, w) covers rows h*stride to h*stride + f - 1 and the same for columns; there are
    floor((n - f) / stride) + 1 positions per axis; 'average' is the MEAN of the window."""
    x = np.random.default_rng(seed).normal(size=(n_H, n_W))
    expected = by_windows(x.copy(), f, stride, mode)
    expect(sub.pool_2d(x, f, stride, mode), expected, f"pool_2d(x of shape {x.shape}, {f}, {stride}, {mode!r})")


def test_pool_2d_default_is_max():
    """Without a mode argument pooling is max pooling."""
    x = np.random.default_rng(9).normal(size=(6, 4))
    expect(sub.pool_2d(x, 2, 2), by_windows(x.copy(), 2, 2, "max"), "pool_2d(x, 2, 2)")


def test_pool_2d_max_dominates_average():
    """The maximum of a window is never below its mean, and for a constant slice both equal it."""
    x = np.random.default_rng(12).normal(size=(8, 6))
    assert np.all(sub.pool_2d(x, 2, 2, "max") >= sub.pool_2d(x, 2, 2, "average") - 1e-12), \
        "max pooling gave a value below average pooling"
    flat = np.full((6, 10), 2.5)
    expect(sub.pool_2d(flat, 3, 2, "average"), np.full((2, 4), 2.5), "average pooling of a constant slice")


def test_pool_2d_leaves_input_alone():
    """Read the slice; never write into it."""
    x = np.random.default_rng(14).normal(size=(6, 6))
    before = x.copy()
    sub.pool_2d(x, 2, 2, "max")
    expect(x, before, "x after the call")


@pytest.mark.parametrize("seed, shape, f, stride", [(1, (6, 8, 3), 2, 2), (2, (9, 7, 5), 3, 2),
                                                    (3, (5, 5, 1), 3, 1)])
@pytest.mark.parametrize("mode", ["max", "average"])
def test_pool_volume_random(seed, shape, f, stride, mode):
    """Each channel A_prev[:, :, c] is pooled on its own, with the same mode; the channels stay
    on the LAST axis and their number does not change."""
    A_prev = np.random.default_rng(seed).normal(size=shape)
    expected = np.stack([by_windows(A_prev[:, :, c].copy(), f, stride, mode) for c in range(shape[2])], axis=-1)
    expect(sub.pool_volume(A_prev, f, stride, mode), expected, f"pool_volume(A_prev of shape {shape}, {f}, {stride}, {mode!r})")


def test_pool_volume_matches_reference():
    """A 2x2, stride 2 max pooling halves the height and width and keeps all 16 channels."""
    A_prev = np.random.default_rng(21).normal(size=(10, 14, 16))
    expected = reference().pool_volume(A_prev.copy(), 2, 2, "max")
    result = sub.pool_volume(A_prev, 2, 2, "max")
    expect(result, expected, "pool_volume(A_prev, 2, 2, 'max')")
    assert result.shape == (5, 7, 16)


def test_pool_volume_channels_stay_separate():
    """Pooling never mixes channels: a channel of zeros stays zeros even next to a large channel."""
    A_prev = np.zeros((4, 6, 2))
    A_prev[:, :, 1] = 100.0
    expect(sub.pool_volume(A_prev, 2, 2, "max"), np.stack([np.zeros((2, 3)), np.full((2, 3), 100.0)], axis=-1),
           "pool_volume of a zero channel beside a channel of 100s")
