"""Hidden tests: random batches, non-square images, strides, compared with the reference."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

# (m, n_H_prev, n_W_prev, n_C, f, stride)
SHAPES = [(2, 7, 5, 3, 3, 1), (3, 9, 6, 4, 3, 2), (1, 8, 11, 2, 2, 3), (4, 5, 6, 5, 1, 1)]


def depthwise_inputs(m, n_H_prev, n_W_prev, n_C, f, seed):
    rng = np.random.default_rng(seed)
    A = rng.normal(size=(m, n_H_prev, n_W_prev, n_C))
    W = rng.normal(size=(f, f, n_C))
    b = rng.normal(size=(1, 1, n_C))
    return A, W, b


@pytest.mark.parametrize("m, n_H_prev, n_W_prev, n_C, f, stride", SHAPES)
def test_depthwise_conv_forward_random(m, n_H_prev, n_W_prev, n_C, f, stride):
    """Each output channel c uses only input channel c and filter W[:, :, c]; windows start at h * stride."""
    A, W, b = depthwise_inputs(m, n_H_prev, n_W_prev, n_C, f, seed=m + 10 * n_C)
    expected = reference().depthwise_conv_forward(A.copy(), W.copy(), b.copy(), stride)
    expect(sub.depthwise_conv_forward(A, W, b, stride), expected, "depthwise_conv_forward(A, W, b, stride)")


def test_depthwise_conv_forward_channels_stay_apart():
    """Changing channel 0 of the input must not change output channel 1: do not sum over channels."""
    A, W, b = depthwise_inputs(2, 6, 5, 3, 3, seed=5)
    before = sub.depthwise_conv_forward(A.copy(), W, b)
    A[..., 0] += 10.0
    after = sub.depthwise_conv_forward(A, W, b)
    expect(after[..., 1:], before[..., 1:], "output channels 1 and 2 after changing input channel 0")


def test_depthwise_conv_forward_independent_formula():
    """Output (i, h, w, c) = sum of A_prev[i, h*s:h*s+f, w*s:w*s+f, c] * W[:, :, c], plus b[0, 0, c]."""
    A, W, b = depthwise_inputs(2, 7, 9, 3, 3, seed=21)
    s = 2
    expected = np.zeros((2, 3, 4, 3))
    for i in range(2):
        for h in range(3):
            for w in range(4):
                for c in range(3):
                    expected[i, h, w, c] = np.sum(A[i, h * s:h * s + 3, w * s:w * s + 3, c] * W[:, :, c]) + b[0, 0, c]
    expect(sub.depthwise_conv_forward(A, W, b, s), expected, "depthwise_conv_forward(A, W, b, 2)")


def test_depthwise_conv_forward_leaves_inputs_alone():
    """Do not modify A_prev, W or b in place."""
    A, W, b = depthwise_inputs(2, 5, 6, 2, 3, seed=8)
    copies = (A.copy(), W.copy(), b.copy())
    sub.depthwise_conv_forward(A, W, b)
    for name, new, old in zip(("A_prev", "W", "b"), (A, W, b), copies, strict=True):
        expect(new, old, name + " after the call")


@pytest.mark.parametrize("m, n_H, n_W, n_C, n_C_new", [(2, 3, 5, 4, 6), (1, 7, 2, 3, 2), (3, 4, 4, 5, 1)])
def test_pointwise_conv_forward_random(m, n_H, n_W, n_C, n_C_new):
    """At each pixel the output is the (n_C,) vector of channels times W[0, 0] (n_C, n_C_new), plus b."""
    rng = np.random.default_rng(n_C * 7 + n_C_new)
    A = rng.normal(size=(m, n_H, n_W, n_C))
    W = rng.normal(size=(1, 1, n_C, n_C_new))
    b = rng.normal(size=(1, 1, 1, n_C_new))
    expected = np.einsum("ihwc,cd->ihwd", A, W[0, 0]) + b
    expect(sub.pointwise_conv_forward(A, W, b), expected, "pointwise_conv_forward(A, W, b)")


def test_pointwise_conv_forward_identity():
    """With W[0, 0] the identity and b = 0 a 1 x 1 convolution returns its input unchanged."""
    A = np.random.default_rng(3).normal(size=(2, 3, 5, 4))
    W = np.eye(4).reshape(1, 1, 4, 4)
    expect(sub.pointwise_conv_forward(A, W, np.zeros((1, 1, 1, 4))), A, "pointwise_conv_forward with identity W")


@pytest.mark.parametrize("m, n_H_prev, n_W_prev, n_C, f, stride", SHAPES)
def test_separable_conv_forward_random(m, n_H_prev, n_W_prev, n_C, f, stride):
    """depthwise (with the stride), then ReLU, then pointwise."""
    A, W, b = depthwise_inputs(m, n_H_prev, n_W_prev, n_C, f, seed=stride + 3 * n_C)
    rng = np.random.default_rng(99)
    W_pw = rng.normal(size=(1, 1, n_C, n_C + 2))
    b_pw = rng.normal(size=(1, 1, 1, n_C + 2))
    expected = reference().separable_conv_forward(A.copy(), W.copy(), b.copy(), W_pw.copy(), b_pw.copy(), stride)
    expect(sub.separable_conv_forward(A, W, b, W_pw, b_pw, stride), expected,
           "separable_conv_forward(A, W_dw, b_dw, W_pw, b_pw, stride)")
