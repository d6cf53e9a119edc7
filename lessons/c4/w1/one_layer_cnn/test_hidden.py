"""Hidden tests: other image sizes, filter sizes and seeds, against an independent formula."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def by_windows(a_prev, W, b):
    """Every f x f x n_C_prev window at once, contracted with every filter."""
    f = W.shape[0]
    windows = np.lib.stride_tricks.sliding_window_view(a_prev, (f, f), axis=(0, 1))
    # windows: (n_H, n_W, n_C_prev, f, f)
    Z = np.einsum("hwkij,ijkc->hwc", windows, W) + b.reshape(-1)
    return Z, np.maximum(Z, 0)


@pytest.mark.parametrize("seed, n_H, n_W, n_C_prev, f, n_C",
                         [(1, 5, 7, 3, 3, 4), (2, 6, 4, 2, 2, 3), (3, 8, 9, 1, 5, 2)])
def test_conv_layer_forward_random(seed, n_H, n_W, n_C_prev, f, n_C):
    """Each output is sum(window * W[:, :, :, c]) + b[0, 0, 0, c]: the whole f x f x n_C_prev
    window, the filter NOT flipped, the bias of that filter; the output has
    n_H_prev - f + 1 rows and n_W_prev - f + 1 columns."""
    rng = np.random.default_rng(seed)
    a_prev = rng.normal(size=(n_H, n_W, n_C_prev))
    W, b = rng.normal(size=(f, f, n_C_prev, n_C)), rng.normal(size=(1, 1, 1, n_C))
    Z_expected, A_expected = by_windows(a_prev, W, b)
    Z, A = sub.conv_layer_forward(a_prev, W, b)
    expect(Z, Z_expected, "Z")
    expect(A, A_expected, "A")


def test_conv_layer_forward_matches_reference():
    """Return the pair (Z, A), both of shape (n_H_prev - f + 1, n_W_prev - f + 1, n_C)."""
    rng = np.random.default_rng(11)
    a_prev, W, b = rng.normal(size=(6, 5, 3)), rng.normal(size=(2, 2, 3, 5)), rng.normal(size=(1, 1, 1, 5))
    expected = reference().conv_layer_forward(a_prev.copy(), W.copy(), b.copy())
    expect(sub.conv_layer_forward(a_prev, W, b), expected, "(Z, A)")


def test_conv_layer_forward_zero_filters():
    """With all-zero filters every position of channel c sees only its own bias b[0, 0, 0, c]."""
    b = np.array([1.5, -0.5, 0.0]).reshape(1, 1, 1, 3)
    Z, A = sub.conv_layer_forward(np.ones((4, 6, 2)), np.zeros((3, 3, 2, 3)), b)
    expect(Z, np.broadcast_to(b.reshape(-1), (2, 4, 3)).copy(), "Z")
    expect(A, np.broadcast_to(np.maximum(b.reshape(-1), 0), (2, 4, 3)).copy(), "A")


def test_conv_layer_forward_relu():
    """A is the ReLU of Z: negative entries become 0, positive entries are kept unchanged."""
    rng = np.random.default_rng(5)
    a_prev, W, b = rng.normal(size=(5, 6, 2)), rng.normal(size=(3, 3, 2, 4)), rng.normal(size=(1, 1, 1, 4))
    Z, A = sub.conv_layer_forward(a_prev, W, b)
    assert np.any(Z < 0), "Z should have some negative entries for these random inputs"
    expect(A, np.maximum(Z, 0), "A (compared with max(Z, 0))")


def test_conv_layer_forward_leaves_inputs_alone():
    """Read a_prev, W and b; never write into them."""
    rng = np.random.default_rng(8)
    a_prev, W, b = rng.normal(size=(4, 5, 2)), rng.normal(size=(2, 2, 2, 3)), rng.normal(size=(1, 1, 1, 3))
    copies = a_prev.copy(), W.copy(), b.copy()
    sub.conv_layer_forward(a_prev, W, b)
    expect((a_prev, W, b), copies, "(a_prev, W, b) after the call")


@pytest.mark.parametrize("input_shape, f, n_C", [((28, 28, 1), 5, 8), ((64, 48, 3), 7, 32),
                                                 ((14, 14, 6), 5, 16), ((10, 12, 64), 1, 16)])
def test_count_conv_parameters_formula(input_shape, f, n_C):
    """Each filter has f * f * n_C_prev weights plus ONE bias, and there are n_C filters."""
    n_params = sub.count_conv_parameters(input_shape, f, n_C)
    expect(n_params, (f * f * input_shape[2] + 1) * n_C, f"count_conv_parameters({input_shape}, {f}, {n_C})")


def test_count_conv_parameters_ignores_image_size():
    """The same filters slide over any image: the count must not depend on n_H_prev or n_W_prev."""
    small = sub.count_conv_parameters((8, 8, 3), 3, 16)
    large = sub.count_conv_parameters((1000, 750, 3), 3, 16)
    expect(large, small, "the count for a 1000 x 750 x 3 image (versus 8 x 8 x 3)")
    expect(small, 448, "count_conv_parameters((8, 8, 3), 3, 16)")
