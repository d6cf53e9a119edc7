"""Hidden tests: random images of several sizes, compared with the reference."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed,n_H,n_W,ratio", [(1, 4, 6, 0.6), (2, 7, 3, 0.1), (3, 5, 5, 0.9)])
def test_initialize_generated_random(seed, n_H, n_W, ratio):
    """G = noise_ratio * noise + (1 - noise_ratio) * content: noise_ratio weighs the NOISE."""
    rng = np.random.default_rng(seed)
    C, noise = rng.uniform(size=(1, n_H, n_W, 3)), rng.uniform(size=(1, n_H, n_W, 3))
    exp = reference().initialize_generated(C.copy(), noise.copy(), ratio)
    expect(sub.initialize_generated(C, noise, ratio), exp, "initialize_generated(C, noise, ratio)")


def test_initialize_generated_extremes():
    """noise_ratio 0 gives the content image back, 1 gives pure noise; the blend stays in [0, 1]."""
    rng = np.random.default_rng(4)
    C, noise = rng.uniform(size=(1, 3, 4, 3)), rng.uniform(size=(1, 3, 4, 3))
    expect(sub.initialize_generated(C.copy(), noise.copy(), 0.0), C, "initialize_generated(C, noise, 0)")
    expect(sub.initialize_generated(C.copy(), noise.copy(), 1.0), noise, "initialize_generated(C, noise, 1)")
    G = sub.initialize_generated(C.copy(), noise.copy(), 0.5)
    assert np.all((G >= 0) & (G <= 1)), "a blend of two images in [0, 1] stays in [0, 1]"


def test_initialize_generated_leaves_content_alone():
    """The content image is needed again for the content cost: do not overwrite it."""
    rng = np.random.default_rng(5)
    C, noise = rng.uniform(size=(1, 2, 3, 3)), rng.uniform(size=(1, 2, 3, 3))
    C0, n0 = C.copy(), noise.copy()
    sub.initialize_generated(C, noise, 0.6)
    expect(C, C0, "content after initialize_generated")
    expect(noise, n0, "noise after initialize_generated")


@pytest.mark.parametrize("seed,shape,lr", [(6, (1, 4, 5, 3), 0.05), (7, (1, 6, 2, 3), 1.0), (8, (10,), 0.3)])
def test_pixel_gradient_step_random(seed, shape, lr):
    """Step AGAINST the gradient (minus), then clip every pixel into [0, 1]."""
    rng = np.random.default_rng(seed)
    G, dG = rng.uniform(size=shape), rng.normal(size=shape)
    exp = reference().pixel_gradient_step(G.copy(), dG.copy(), lr)
    expect(sub.pixel_gradient_step(G, dG, lr), exp, "pixel_gradient_step(G, dG, lr)")


def test_pixel_gradient_step_lowers_a_cost():
    """With J(G) = sum((G - T)^2) and dG = 2 (G - T), a small step must bring G closer to T."""
    rng = np.random.default_rng(9)
    T, G = rng.uniform(size=(1, 3, 3, 3)), rng.uniform(size=(1, 3, 3, 3))
    G_new = sub.pixel_gradient_step(G.copy(), 2 * (G - T), 0.1)
    assert np.sum((G_new - T) ** 2) < np.sum((G - T) ** 2), "the cost went up: check the sign"
    assert np.all((G_new >= 0) & (G_new <= 1)), "pixels must stay in [0, 1]"


def test_pixel_gradient_step_leaves_G_alone():
    """Return a new image; G must not change (the caller may still need it)."""
    rng = np.random.default_rng(10)
    G, dG = rng.uniform(size=(1, 2, 2, 3)), rng.normal(size=(1, 2, 2, 3))
    G0 = G.copy()
    sub.pixel_gradient_step(G, dG, 0.2)
    expect(G, G0, "G after pixel_gradient_step")
