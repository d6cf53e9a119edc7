"""Hidden tests: fresh shapes and seeds, compared with the reference solution."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed", [3, 14, 27])
def test_concat_skip_random(seed):
    """Concatenate along the LAST axis (channels), decoder map first, encoder map second."""
    rng = np.random.default_rng(seed)
    h, w = 3 + seed % 4, 5 + seed % 3
    dec = rng.normal(size=(h, w, 2 + seed % 3))
    enc = rng.normal(size=(h, w, 4))
    expected = reference().concat_skip(dec.copy(), enc.copy())
    got = sub.concat_skip(dec, enc)
    expect(np.asarray(got).shape, expected.shape, "concat_skip(...).shape")
    expect(got, expected, "concat_skip(dec, enc)")


def test_concat_skip_keeps_both_maps_intact():
    """Height and width stay the same; the first c_dec channels are the decoder map, the rest the encoder map."""
    dec, enc = np.full((4, 6, 3), 2.0), np.full((4, 6, 3), -5.0)
    got = sub.concat_skip(dec, enc)
    expect(np.asarray(got).shape, (4, 6, 6), "concat_skip(...).shape")
    expect(got[..., :3], dec, "decoder channels")
    expect(got[..., 3:], enc, "encoder channels")


@pytest.mark.parametrize("inp,nf,depth,nc", [
    ((64, 96, 3), 8, 3, 4), ((32, 48, 1), 16, 1, 2), ((96, 128, 3), 32, 4, 23)])
def test_unet_shapes_various(inp, nf, depth, nc):
    """Channels double at every encoder step; after each concatenation the channels are up-channels + skip-channels."""
    expect(sub.unet_shapes(inp, nf, depth, nc), reference().unet_shapes(inp, nf, depth, nc), "unet_shapes")


def test_unet_shapes_symmetry():
    """The U is symmetric: the last concatenation is at the input resolution, and the output has n_classes channels."""
    shapes = sub.unet_shapes((40, 24, 3), 6, 3, 7)
    expect(tuple(shapes["skips"][0]), (40, 24, 6), "first skip (saved BEFORE pooling)")
    expect(tuple(shapes["bottleneck"]), (5, 3, 48), "bottleneck")
    expect(tuple(shapes["concats"][-1]), (40, 24, 12), "last concatenation")
    expect(tuple(shapes["output"]), (40, 24, 7), "output")


def test_unet_shapes_rejects_odd_sizes():
    """If h or w cannot be halved depth times, raise ValueError instead of returning wrong shapes."""
    with pytest.raises(ValueError):
        sub.unet_shapes((36, 40, 3), 8, 3, 2)
