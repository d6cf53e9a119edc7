"""Hidden tests: random multi-channel signals, strides and shapes in 1-D, 2-D and 3-D."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed,n_L,c_prev,f,n_C,stride", [
    (1, 20, 3, 4, 5, 1), (2, 17, 1, 3, 2, 2), (3, 31, 4, 7, 6, 3), (4, 9, 2, 9, 3, 1)])
def test_conv1d_random(seed, n_L, c_prev, f, n_C, stride):
    """Window i starts at i * stride and has f steps; multiply by W WITHOUT flipping it, sum over time and channels, add b."""
    rng = np.random.default_rng(seed)
    x, W, b = rng.normal(size=(n_L, c_prev)), rng.normal(size=(f, c_prev, n_C)), rng.normal(size=n_C)
    exp = reference().conv1d(x.copy(), W.copy(), b.copy(), stride)
    expect(np.asarray(sub.conv1d(x, W, b, stride)), exp, "conv1d(x, W, b, stride)")


def test_conv1d_matches_correlation():
    """With one channel and one filter, conv1d is numpy's cross-correlation plus the bias."""
    rng = np.random.default_rng(5)
    x, w = rng.normal(size=40), rng.normal(size=6)
    exp = np.correlate(x, w, mode="valid") - 0.3
    got = np.asarray(sub.conv1d(x.reshape(40, 1), w.reshape(6, 1, 1), np.array([-0.3])))
    expect(got, exp.reshape(-1, 1), "conv1d on a single-channel signal")


def test_conv1d_finds_a_heartbeat():
    """A spike-shaped filter responds most where the spike is in an ECG-like signal."""
    t = np.zeros(50)
    t[30:33] = [1.0, 3.0, 1.0]
    spike = np.array([1.0, 3.0, 1.0]).reshape(3, 1, 1)
    Z = np.asarray(sub.conv1d(t.reshape(50, 1), spike, np.zeros(1)))
    assert Z.shape == (48, 1), f"expected shape (48, 1), got {Z.shape}"
    assert int(np.argmax(Z[:, 0])) == 30, "the strongest response should be where the spike starts"


def test_conv1d_leaves_inputs_alone():
    """Do not modify the signal or the filters."""
    rng = np.random.default_rng(6)
    x, W, b = rng.normal(size=(12, 2)), rng.normal(size=(3, 2, 4)), rng.normal(size=4)
    x0, W0 = x.copy(), W.copy()
    sub.conv1d(x, W, b, 2)
    expect(x, x0, "x after conv1d")
    expect(W, W0, "W after conv1d")


@pytest.mark.parametrize("input_shape,f,n_filters,stride,pad", [
    ((100, 12), 7, 8, 3, 0), ((64, 48, 3), 3, 10, 1, 1), ((16, 20, 24, 4), 5, 6, 2, 2),
    ((7, 9, 11, 1), 3, 2, 1, 0), ((33, 2), 4, 5, 2, 1)])
def test_conv_output_shape_cases(input_shape, f, n_filters, stride, pad):
    """Every spatial size follows floor((n + 2 pad - f) / stride) + 1; the last entry is the number of FILTERS."""
    exp = reference().conv_output_shape(input_shape, f, n_filters, stride, pad)
    got = tuple(sub.conv_output_shape(input_shape, f, n_filters, stride, pad))
    assert got == exp, f"expected {exp}, got {got}"


def test_conv_output_shape_matches_conv1d():
    """The 1-D formula must agree with the shape your conv1d (the reference one here) really produces."""
    rng = np.random.default_rng(7)
    x, W, b = rng.normal(size=(23, 3)), rng.normal(size=(5, 3, 4)), rng.normal(size=4)
    real = reference().conv1d(x, W, b, 3).shape
    assert tuple(sub.conv_output_shape((23, 3), 5, 4, 3, 0)) == real
