"""Hidden tests: fresh sizes, compared with the reference solution and with the properties."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("positions, d", [(5, 6), (7, 10), (3, 8)])
def test_get_angles_sizes(positions, d):
    """angle = pos / 10000^(2i/d) with i = k // 2: dimensions 2i and 2i+1 share one angle."""
    pos = np.arange(positions)[:, np.newaxis]
    k = np.arange(d)[np.newaxis, :]
    expected = reference().get_angles(pos.copy(), k.copy(), d)
    expect(sub.get_angles(pos, k, d), expected, f"get_angles(pos, k, {d})")


def test_get_angles_pairs_share_an_angle():
    """Columns 2i and 2i+1 must be identical: use the integer division k // 2."""
    angles = np.asarray(sub.get_angles(np.arange(4)[:, np.newaxis], np.arange(8)[np.newaxis, :],
                                       8))
    expect(angles[:, 1::2], angles[:, 0::2], "the odd columns (vs the even ones)")


@pytest.mark.parametrize("positions, d", [(6, 8), (11, 16), (4, 7)])
def test_positional_encoding_sizes(positions, d):
    """sin in the even columns, cos in the odd ones, positions counted from 0."""
    expect(sub.positional_encoding(positions, d), reference().positional_encoding(positions, d),
           f"positional_encoding({positions}, {d})")


def test_positional_encoding_first_row():
    """Position 0 has angle 0 everywhere: sin(0) = 0 in even columns, cos(0) = 1 in odd ones."""
    expect(np.asarray(sub.positional_encoding(5, 6))[0], np.array([0.0, 1.0] * 3), "pe[0]")


def test_positional_encoding_constant_norm():
    """Each pair (sin a, cos a) has length 1, so every row has norm sqrt(d/2)."""
    pe = np.asarray(sub.positional_encoding(30, 20))
    expect(np.linalg.norm(pe, axis=1), np.full(30, np.sqrt(10.0)), "norm of each row")


def test_positional_encoding_offsets():
    """The distance between positions p and p + k depends only on the offset k, not on p."""
    pe = np.asarray(sub.positional_encoding(40, 16))
    near = np.linalg.norm(pe[3] - pe[8])
    far = np.linalg.norm(pe[30] - pe[35])
    expect(far, near, "distance between positions 30 and 35 (vs 3 and 8)")


@pytest.mark.parametrize("shape", [(5, 8), (2, 3, 6)])
def test_add_positional_encoding_shapes(shape):
    """Multiply the embeddings by sqrt(d_model) and add only the first seq_len rows of pe."""
    x = np.random.default_rng(sum(shape)).normal(size=shape)
    pe = reference().positional_encoding(9, shape[-1])
    expected = reference().add_positional_encoding(x.copy(), pe.copy())
    expect(sub.add_positional_encoding(x, pe), expected, "add_positional_encoding(x, pe)")


def test_add_positional_encoding_leaves_x_alone():
    """Return a new array: x *= ... or x += ... would change the caller's embeddings."""
    x = np.random.default_rng(4).normal(size=(3, 4))
    before = x.copy()
    sub.add_positional_encoding(x, reference().positional_encoding(5, 4))
    expect(x, before, "x after the call")
