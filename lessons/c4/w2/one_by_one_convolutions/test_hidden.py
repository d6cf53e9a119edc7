"""Hidden tests: batches, rectangles, a loop-based reference, and the cost formula."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect


def _loop_conv_1x1(A, W, b):
    m, n_H, n_W, _ = A.shape
    Z = np.zeros((m, n_H, n_W, W.shape[3]))
    for i in range(m):
        for h in range(n_H):
            for w in range(n_W):
                for c in range(W.shape[3]):
                    Z[i, h, w, c] = np.sum(A[i, h, w, :] * W[0, 0, :, c]) + b[0, 0, 0, c]
    return Z


@pytest.mark.parametrize("seed, m, n_H, n_W, n_C_prev, n_C", [
    (1, 2, 3, 5, 4, 6), (2, 3, 4, 2, 7, 3), (3, 1, 6, 6, 5, 5), (4, 4, 2, 3, 2, 9)])
def test_conv_1x1_matches_loops(seed, m, n_H, n_W, n_C_prev, n_C):
    """Each output channel c at each pixel is sum over k of A[i, h, w, k] * W[0, 0, k, c],
    plus b[c]: a dense layer across channels, the same weights at every pixel."""
    rng = np.random.default_rng(seed)
    A = rng.normal(size=(m, n_H, n_W, n_C_prev))
    W = rng.normal(size=(1, 1, n_C_prev, n_C))
    b = rng.normal(size=(1, 1, 1, n_C))
    expected = _loop_conv_1x1(A.copy(), W.copy(), b.copy())
    expect(sub.conv_1x1(A, W, b), expected, f"conv_1x1 on {A.shape} with {n_C} filters")


def test_conv_1x1_pixels_are_independent():
    """A 1x1 filter looks at one pixel only: changing one pixel changes only that pixel's
    output."""
    rng = np.random.default_rng(5)
    A = rng.normal(size=(2, 4, 3, 5))
    W = rng.normal(size=(1, 1, 5, 2))
    b = rng.normal(size=(1, 1, 1, 2))
    Z1 = sub.conv_1x1(A, W, b)
    A2 = A.copy()
    A2[1, 2, 0, :] += 10.0
    Z2 = sub.conv_1x1(A2, W, b)
    mask = np.ones(Z1.shape, dtype=bool)
    mask[1, 2, 0, :] = False
    expect(Z2[mask], Z1[mask], "outputs at the other pixels")


def test_conv_1x1_zero_input_gives_bias():
    """With a zero input, every pixel's output is just b."""
    b = np.array([1.0, -2.0, 3.0]).reshape(1, 1, 1, 3)
    Z = sub.conv_1x1(np.zeros((2, 3, 4, 5)), np.ones((1, 1, 5, 3)), b)
    expect(Z, np.broadcast_to(b, (2, 3, 4, 3)), "conv_1x1 of zeros")


@pytest.mark.parametrize("dims", [(14, 14, 480, 64), (7, 9, 3, 11), (1, 1, 1, 1), (56, 28, 256, 16)])
def test_conv_1x1_multiplies_varied(dims):
    """Every output value (n_H * n_W * n_C of them) is a dot product of length n_C_prev."""
    n_H, n_W, n_C_prev, n_C = dims
    expect(sub.conv_1x1_multiplies(*dims), n_H * n_W * n_C * n_C_prev,
           f"conv_1x1_multiplies{dims}", strict_type=True)
