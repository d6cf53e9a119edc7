"""Hidden tests: other shapes, shifts along one axis only, dense and untied layers."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("input_shape, f, n_C", [((28, 28, 1), 5, 8), ((20, 14, 3), 3, 4),
                                                 ((9, 12, 16), 1, 2), ((64, 48, 3), 7, 10)])
def test_compare_conv_dense_formula(input_shape, f, n_C):
    """Conv: (f*f*n_C_prev + 1) * n_C parameters, f*f*n_C_prev inputs per output. Dense: every one
    of n_H*n_W*n_C_prev inputs connects to every one of (n_H-f+1)*(n_W-f+1)*n_C outputs, plus one
    bias per output."""
    n_H, n_W, n_C_prev = input_shape
    n_in, n_out = n_H * n_W * n_C_prev, (n_H - f + 1) * (n_W - f + 1) * n_C
    expected = {"conv_params": (f * f * n_C_prev + 1) * n_C, "dense_params": (n_in + 1) * n_out,
                "conv_inputs_per_output": f * f * n_C_prev, "dense_inputs_per_output": n_in}
    expect(sub.compare_conv_dense(input_shape, f, n_C), expected, f"compare_conv_dense({input_shape}, {f}, {n_C})")


def test_compare_conv_dense_sharing():
    """The conv counts depend only on f, n_C_prev and n_C: a bigger image changes the dense
    layer's counts but not the conv layer's."""
    small, large = sub.compare_conv_dense((10, 12, 3), 3, 5), sub.compare_conv_dense((100, 90, 3), 3, 5)
    expect(large["conv_params"], small["conv_params"], "conv_params for a 100 x 90 image")
    expect(large["conv_inputs_per_output"], small["conv_inputs_per_output"], "conv_inputs_per_output for a 100 x 90 image")
    assert large["dense_params"] > 1000 * small["dense_params"], "the dense layer should grow with the image"


def conv_layer(seed, f):
    kernel = np.random.default_rng(seed).normal(size=(f, f))
    return lambda z: sub.conv2d(z, kernel)


@pytest.mark.parametrize("seed, shape, f, dy, dx", [(1, (7, 9), 3, 2, 1), (2, (8, 6), 2, 0, 3),
                                                    (3, (10, 10), 4, 3, 0), (4, (6, 11), 3, 1, 4)])
def test_equivariance_gap_conv(seed, shape, f, dy, dx):
    """For a convolution the shifted input gives the shifted output: compare layer(shift(x))[dy:, dx:]
    with layer(x)[:h - dy, :w - dx] (careful: y[:-0] is empty when the shift is 0)."""
    x = np.random.default_rng(seed + 10).normal(size=shape)
    gap = sub.equivariance_gap(conv_layer(seed, f), x, dy, dx)
    assert isinstance(gap, (float, np.floating)), f"expected a float, got {type(gap).__name__}"
    assert abs(gap) < 1e-9, f"a convolution should give a gap of 0 (up to rounding), got {gap}"


def test_equivariance_gap_conv_relu():
    """A ReLU after the convolution acts on every position alike, so the gap stays 0."""
    inner = conv_layer(5, 3)
    x = np.random.default_rng(6).normal(size=(9, 8))
    gap = sub.equivariance_gap(lambda z: np.maximum(inner(z), 0), x, 2, 2)
    assert abs(gap) < 1e-9, f"conv + ReLU should give a gap of 0, got {gap}"


@pytest.mark.parametrize("seed, shape, dy, dx", [(7, (6, 7), 1, 2), (8, (8, 5), 2, 0), (9, (5, 9), 0, 1)])
def test_equivariance_gap_dense(seed, shape, dy, dx):
    """A dense layer has different weights at every position: the gap is the LARGEST ABSOLUTE
    difference over the overlapping region, returned as a float."""
    rng = np.random.default_rng(seed)
    out_shape = (shape[0] - 2, shape[1] - 2)
    M = rng.normal(size=(out_shape[0] * out_shape[1], shape[0] * shape[1]))

    def dense(z):
        return (M @ z.reshape(-1)).reshape(out_shape)

    x = rng.normal(size=shape)
    expected = reference().equivariance_gap(dense, x.copy(), dy, dx)
    expect(sub.equivariance_gap(dense, x, dy, dx), expected, f"equivariance_gap(dense, x, {dy}, {dx})")


def test_equivariance_gap_untied_bias():
    """A convolution plus a different bias at each position is no longer equivariant; the gap
    measures exactly how far off it is."""
    inner = conv_layer(11, 3)
    bias = np.random.default_rng(12).normal(size=(6, 7))
    x = np.random.default_rng(13).normal(size=(8, 9))
    layer = lambda z: inner(z) + bias  # noqa: E731
    expected = reference().equivariance_gap(layer, x.copy(), 1, 1)
    expect(sub.equivariance_gap(layer, x, 1, 1), expected, "equivariance_gap(conv + untied bias, x, 1, 1)")


def test_equivariance_gap_no_shift():
    """With dy = dx = 0 any layer is compared with itself: the gap is 0."""
    rng = np.random.default_rng(15)
    M = rng.normal(size=(12, 20))
    gap = sub.equivariance_gap(lambda z: (M @ z.reshape(-1)).reshape(3, 4), rng.normal(size=(4, 5)), 0, 0)
    assert abs(gap) < 1e-12, f"with no shift the gap should be 0, got {gap}"
