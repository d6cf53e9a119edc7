"""Hidden tests: non-square shapes and random weights, compared with the reference and with FC layers."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("input_hw,trained_hw,stride", [
    ((20, 30), (14, 14), 2), ((64, 48), (32, 32), 4), ((14, 14), (14, 14), 2), ((50, 21), (10, 7), 1),
])
def test_window_output_grid_shapes(input_hw, trained_hw, stride):
    """rows = (H - h) // stride + 1 and cols = (W - w) // stride + 1, computed separately."""
    expect(sub.window_output_grid(input_hw, trained_hw, stride),
           reference().window_output_grid(input_hw, trained_hw, stride), f"window_output_grid{input_hw, trained_hw, stride}")


def test_window_output_grid_types():
    """Return a tuple of two Python ints."""
    grid = sub.window_output_grid((40, 60), (20, 20), 4)
    assert isinstance(grid, tuple) and all(isinstance(v, int) for v in grid), \
        f"expected a tuple of ints, got {grid!r}"


@pytest.mark.parametrize("seed,prev_shape,n_out", [(0, (5, 5, 16), 7), (1, (3, 4, 2), 5), (2, (2, 6, 3), 1)])
def test_fc_to_conv_matches_reference(seed, prev_shape, n_out):
    """filters[y, x, c, k] must be W_fc[k, index of (y, x, c) in the row-major flattening]."""
    W_fc = np.random.default_rng(seed).normal(size=(n_out, int(np.prod(prev_shape))))
    expected = reference().fc_to_conv(W_fc.copy(), prev_shape)
    expect(sub.fc_to_conv(W_fc, prev_shape), expected, "fc_to_conv(W_fc, prev_shape)")


def test_fc_to_conv_same_output_as_fc():
    """Convolving the volume with filter k must give exactly FC unit k: W_fc[k] @ volume.reshape(-1)."""
    rng = np.random.default_rng(5)
    volume = rng.normal(size=(3, 4, 2))
    W_fc = rng.normal(size=(6, 24))
    filters = sub.fc_to_conv(W_fc, (3, 4, 2))
    conv_out = np.tensordot(volume, filters, axes=([0, 1, 2], [0, 1, 2]))
    expect(conv_out, W_fc @ volume.reshape(-1), "convolution output vs FC output")


@pytest.mark.parametrize("seed,shape,f,n_c", [(3, (6, 9, 3), 3, 4), (4, (5, 4, 2), 2, 3), (5, (7, 7, 1), 7, 2)])
def test_conv_valid_random(seed, shape, f, n_c):
    """Z[i, j, k] = sum(A_prev[i:i+f, j:j+f, :] * filters[..., k]) + b[k], i and j up to H - f and W - f."""
    rng = np.random.default_rng(seed)
    A = rng.normal(size=shape)
    filters = rng.normal(size=(f, f, shape[2], n_c))
    b = rng.normal(size=n_c)
    expected = reference().conv_valid(A.copy(), filters.copy(), b.copy())
    expect(sub.conv_valid(A, filters, b), expected, "conv_valid(A_prev, filters, b)")


def test_conv_valid_equals_fc_on_every_window():
    """The whole point: the output at (i, j) equals the FC layer applied to the window starting at (i, j)."""
    rng = np.random.default_rng(9)
    image = rng.normal(size=(6, 8, 3))
    W_fc = rng.normal(size=(4, 4 * 4 * 3))
    b = rng.normal(size=4)
    Z = sub.conv_valid(image, reference().fc_to_conv(W_fc, (4, 4, 3)), b)
    assert Z.shape == (3, 5, 4), f"expected shape (3, 5, 4), got {Z.shape}"
    for i in range(3):
        for j in range(5):
            crop = image[i:i + 4, j:j + 4, :]
            expect(Z[i, j], W_fc @ crop.reshape(-1) + b, f"Z[{i}, {j}]")
