"""Hidden tests: other channel counts, filter counts, batches and non-square images."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def independent_volume(A_prev, W):
    """An independent formula: one shifted copy of the batch per filter position, contracted
    with that position's (n_C_prev, n_C) slice of W."""
    f = W.shape[0]
    n_H, n_W = A_prev.shape[1] - f + 1, A_prev.shape[2] - f + 1
    Z = np.zeros((A_prev.shape[0], n_H, n_W, W.shape[3]))
    for i in range(f):
        for j in range(f):
            Z += A_prev[:, i:i + n_H, j:j + n_W, :] @ W[i, j]
    return Z


@pytest.mark.parametrize("seed, shape, f", [(1, (6, 5, 3), 3), (2, (4, 7, 2), 2),
                                            (3, (7, 6, 4), 4), (4, (5, 8, 1), 3)])
def test_conv_single_filter_random(seed, shape, f):
    """Sum over ALL f * f * n_C products (every channel counts) for each position;
    the output has n_H - f + 1 rows and n_W - f + 1 columns."""
    rng = np.random.default_rng(seed)
    image, filt = rng.normal(size=shape), rng.normal(size=(f, f, shape[2]))
    expected = independent_volume(image[np.newaxis].copy(), filt[..., np.newaxis].copy())[0, :, :, 0]
    expect(sub.conv_single_filter(image, filt), expected, "conv_single_filter(image, filt)")


def test_conv_single_filter_adds_the_channels():
    """A filter over a 3-channel image answers with ONE number per position: the sum of what
    each channel contributes (not their mean, not just the first channel)."""
    rng = np.random.default_rng(5)
    image, filt = rng.random((5, 6, 3)), rng.normal(size=(3, 3, 3))
    per_channel = [reference().conv_single_filter(image[:, :, [c]].copy(), filt[:, :, [c]].copy())
                   for c in range(3)]
    expect(sub.conv_single_filter(image, filt), sum(per_channel), "conv_single_filter(image, filt)")


@pytest.mark.parametrize("seed, m, shape, f, n_C", [(6, 2, (5, 7, 4), 3, 8), (7, 3, (6, 4, 3), 2, 5),
                                                    (8, 1, (8, 9, 2), 4, 3), (9, 4, (4, 6, 3), 3, 3)])
def test_conv_volume_random(seed, m, shape, f, n_C):
    """Output (m, n_H - f + 1, n_W - f + 1, n_C): channel c of example i is example i convolved
    with W[:, :, :, c] (the LAST axis of W picks the filter), for every example."""
    rng = np.random.default_rng(seed)
    A_prev, W = rng.normal(size=(m, *shape)), rng.normal(size=(f, f, shape[2], n_C))
    expected = independent_volume(A_prev.copy(), W.copy())
    expect(sub.conv_volume(A_prev, W), expected, "conv_volume(A_prev, W)")


def test_conv_volume_each_filter_its_own_channel():
    """Swapping two filters in W must swap the two output channels, and nothing else."""
    rng = np.random.default_rng(10)
    A_prev, W = rng.normal(size=(2, 5, 6, 3)), rng.normal(size=(3, 3, 3, 4))
    expected = reference().conv_volume(A_prev.copy(), W[..., [1, 0, 2, 3]].copy())
    expect(sub.conv_volume(A_prev, W[..., [1, 0, 2, 3]]), expected,
           "conv_volume with filters 0 and 1 swapped")


def test_conv_volume_leaves_inputs_alone():
    """Read A_prev and W; never write into them."""
    rng = np.random.default_rng(11)
    A_prev, W = rng.normal(size=(2, 4, 5, 2)), rng.normal(size=(2, 2, 2, 3))
    A_copy, W_copy = A_prev.copy(), W.copy()
    sub.conv_volume(A_prev, W)
    expect(A_prev, A_copy, "A_prev after conv_volume")
    expect(W, W_copy, "W after conv_volume")
