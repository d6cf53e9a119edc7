"""Hidden tests: random activation volumes and images of non-square sizes."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed,shape,channel,k", [
    (1, (4, 5, 3, 6), 2, 5), (2, (3, 2, 7, 4), 0, 1), (3, (1, 6, 4, 8), 7, 10)])
def test_top_activations_random(seed, shape, channel, k):
    """Look only at activations[..., channel]; sort ALL its values from the LARGEST down; convert flat positions back to (i, h, w) with that slice's shape."""
    a = np.random.default_rng(seed).normal(size=shape)
    exp = reference().top_activations(a.copy(), channel, k)
    expect(np.asarray(sub.top_activations(a, channel, k)), exp, "top_activations(a, channel, k)")


def test_top_activations_values_descend():
    """The returned positions must point at the k biggest values of that channel, in decreasing order."""
    a = np.random.default_rng(4).normal(size=(3, 4, 5, 3))
    idx = np.asarray(sub.top_activations(a, 1, 6))
    assert idx.shape == (6, 3), f"expected shape (6, 3), got {idx.shape}"
    vals = a[idx[:, 0], idx[:, 1], idx[:, 2], 1]
    expect(vals, np.sort(a[..., 1].reshape(-1))[::-1][:6], "the activation values at your positions")


def test_top_activations_planted_maximum():
    """Plant one huge value at image 2, row 3, column 1 of channel 4: it must come first."""
    a = np.random.default_rng(5).uniform(size=(3, 5, 2, 6))
    a[2, 3, 1, 4] = 50.0
    a[0, 0, 0, 3] = 99.0
    idx = np.asarray(sub.top_activations(a, 4, 2))
    expect(idx[0], np.array([2, 3, 1]), "first row of top_activations(a, 4, 2)")


@pytest.mark.parametrize("seed,n_H,n_W,h,w,field,stride", [
    (6, 9, 12, 2, 4, 3, 2), (7, 20, 15, 3, 1, 5, 4), (8, 6, 8, 0, 3, 2, 1)])
def test_receptive_patch_random(seed, n_H, n_W, h, w, field, stride):
    """Rows start at h * stride, columns at w * stride, and the patch is field x field pixels."""
    image = np.random.default_rng(seed).normal(size=(n_H, n_W, 3))
    exp = reference().receptive_patch(image.copy(), h, w, field, stride)
    expect(sub.receptive_patch(image, h, w, field, stride), exp, "receptive_patch(image, h, w, field, stride)")


def test_receptive_patch_covers_the_image():
    """With field = stride = 2 the patches of a 2 x 3 grid of units tile a 4 x 6 image exactly."""
    image = np.arange(24.0).reshape(4, 6, 1)
    rebuilt = np.zeros_like(image)
    for h in range(2):
        for w in range(3):
            patch = sub.receptive_patch(image, h, w, 2, 2)
            assert patch.shape == (2, 2, 1), f"expected a (2, 2, 1) patch, got {patch.shape}"
            rebuilt[2 * h:2 * h + 2, 2 * w:2 * w + 2] = patch
    expect(rebuilt, image, "image rebuilt from the patches")
