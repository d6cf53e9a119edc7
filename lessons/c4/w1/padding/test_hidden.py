"""Hidden tests: other batch sizes, channels and pads; properties of the border; even f."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("shape, pad", [((2, 5, 3, 4), 2), ((3, 4, 7, 1), 1), ((1, 2, 6, 3), 4),
                                        ((5, 3, 3, 2), 0)])
def test_zero_pad_shapes(shape, pad):
    """Pad axes 1 and 2 (height and width) only, by pad on BOTH sides; the batch axis 0 and
    the channel axis 3 keep their sizes."""
    X = np.random.default_rng(sum(shape) + pad).normal(size=shape)
    expected = reference().zero_pad(X.copy(), pad)
    expect(sub.zero_pad(X, pad), expected, f"zero_pad(X of shape {shape}, {pad})")


def test_zero_pad_border_is_zero_and_inside_is_kept():
    """Every value in the new border is 0 and every original value sits pad rows down and pad
    columns across."""
    X = np.random.default_rng(3).random((3, 4, 5, 2)) + 1.0
    X_pad = sub.zero_pad(X, 2)
    expect(X_pad.shape, (3, 8, 9, 2), "shape of zero_pad(X, 2)")
    expect(X_pad[:, 2:-2, 2:-2, :], X, "inside of the padded batch")
    border = X_pad.copy()
    border[:, 2:-2, 2:-2, :] = 0
    expect(border, np.zeros_like(X_pad), "the border")


def test_zero_pad_leaves_input_alone():
    """np.pad builds a new array; the batch you were given must not change."""
    X = np.random.default_rng(4).normal(size=(2, 3, 4, 3))
    X_copy = X.copy()
    sub.zero_pad(X, 1)
    expect(X, X_copy, "X after zero_pad")


@pytest.mark.parametrize("f", [9, 11, 13, 21])
def test_same_padding_larger_filters(f):
    """p = (f - 1) / 2, as an int: then n + 2p - f + 1 = n for every n."""
    p = sub.same_padding(f)
    expect(p, (f - 1) // 2, f"same_padding({f})", strict_type=True)
    for n in (f, 2 * f + 3):
        expect(n + 2 * p - f + 1, n, f"output size for n = {n}")


@pytest.mark.parametrize("f", [2, 4, 6])
def test_same_padding_even_filter_raises(f):
    """With an even f, (f - 1) / 2 is not a whole number: no symmetric padding keeps the size.
    Raise a ValueError."""
    with pytest.raises(ValueError):
        sub.same_padding(f)
