"""Hidden tests: fresh shapes and seeds, compared with the reference and an independent formula."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("n,f,s,p", [(3, 3, 2, 1), (4, 2, 2, 0), (5, 4, 3, 1), (7, 5, 1, 2)])
def test_transpose_conv_output_size_various(n, f, s, p):
    """n_out = (n - 1) * s + f - 2p: the last input pixel starts its copy at (n - 1) * s, and padding is REMOVED."""
    expect(sub.transpose_conv_output_size(n, f, s, p), (n - 1) * s + f - 2 * p, "transpose_conv_output_size")


def _matrix_version(x, kernel, s, p):
    """Independent check: the transpose convolution is the transpose of a strided convolution matrix."""
    n_h, n_w = x.shape
    f = kernel.shape[0]
    H, W = (n_h - 1) * s + f, (n_w - 1) * s + f
    C = np.zeros((n_h * n_w, H * W))
    for i in range(n_h):
        for j in range(n_w):
            img = np.zeros((H, W))
            img[i * s:i * s + f, j * s:j * s + f] = kernel
            C[i * n_w + j] = img.ravel()
    full = (C.T @ x.ravel()).reshape(H, W)
    return full[p:H - p, p:W - p]


@pytest.mark.parametrize("seed,stride,pad", [(1, 2, 0), (8, 2, 1), (23, 3, 1), (4, 1, 0)])
def test_conv_transpose2d_random(seed, stride, pad):
    """Each input value scales the kernel; its copy starts at (i * stride, j * stride); overlapping copies ADD; crop pad from every side."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(2 + seed % 3, 4 + seed % 2))
    kernel = rng.normal(size=(3 + seed % 2, 3 + seed % 2))
    expected = _matrix_version(x.copy(), kernel.copy(), stride, pad)
    got = sub.conv_transpose2d(x, kernel, stride=stride, pad=pad)
    expect(np.asarray(got).shape, expected.shape, "conv_transpose2d(...).shape")
    expect(got, expected, "conv_transpose2d(x, kernel)")
    expect(got, reference().conv_transpose2d(x.copy(), kernel.copy(), stride, pad), "conv_transpose2d")


def test_conv_transpose2d_overlap_adds():
    """Where two kernel copies overlap, their contributions are SUMMED, not overwritten."""
    x = np.ones((2, 2))
    out = sub.conv_transpose2d(x, np.ones((3, 3)), stride=2, pad=0)
    expect(out[2, 2], 4.0, "centre pixel covered by four copies")
    expect(float(np.sum(out)), 36.0, "sum of the output (4 copies of a kernel summing to 9)")


def test_conv_transpose2d_leaves_inputs_alone():
    """Do not modify x or the kernel in place."""
    x, k = np.array([[1.0, -2.0], [0.5, 3.0]]), np.arange(9.0).reshape(3, 3)
    sub.conv_transpose2d(x, k, stride=2, pad=1)
    expect(x, np.array([[1.0, -2.0], [0.5, 3.0]]), "x after the call")
    expect(k, np.arange(9.0).reshape(3, 3), "kernel after the call")
