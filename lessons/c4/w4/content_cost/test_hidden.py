"""Hidden tests: random activation volumes of non-square shapes."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

SHAPES = [(1, 4, 3, 5), (1, 2, 6, 3), (1, 7, 5, 16)]


@pytest.mark.parametrize("seed,shape", list(zip([1, 2, 3], SHAPES, strict=True)))
def test_unroll_activations_random(seed, shape):
    """Shape (n_C, n_H * n_W); row c holds channel c at positions (0,0), (0,1), ... row by row."""
    a = np.random.default_rng(seed).normal(size=shape)
    exp = reference().unroll_activations(a.copy())
    expect(np.asarray(sub.unroll_activations(a)), exp, "unroll_activations(a)")


def test_unroll_activations_entry_by_entry():
    """A[c, h * n_W + w] must equal a[0, h, w, c] for every h, w, c."""
    a = np.random.default_rng(4).normal(size=(1, 3, 4, 2))
    A = np.asarray(sub.unroll_activations(a))
    assert A.shape == (2, 12), f"expected shape (2, 12), got {A.shape}"
    for h in range(3):
        for w in range(4):
            for c in range(2):
                assert A[c, h * 4 + w] == a[0, h, w, c], f"A[{c}, {h * 4 + w}] should be a[0, {h}, {w}, {c}]"


@pytest.mark.parametrize("seed,shape", list(zip([5, 6, 7], SHAPES, strict=True)))
def test_compute_content_cost_random(seed, shape):
    """Sum of the SQUARED differences over every entry, divided by 4 * n_H * n_W * n_C."""
    rng = np.random.default_rng(seed)
    a_C, a_G = rng.normal(size=shape), rng.normal(size=shape)
    exp = reference().compute_content_cost(a_C.copy(), a_G.copy())
    expect(sub.compute_content_cost(a_C, a_G), exp, "compute_content_cost(a_C, a_G)")


def test_compute_content_cost_properties():
    """J is 0 for identical activations, symmetric in C and G, and 4 times larger when the difference doubles."""
    rng = np.random.default_rng(8)
    a_C, a_G = rng.normal(size=(1, 3, 5, 4)), rng.normal(size=(1, 3, 5, 4))
    expect(sub.compute_content_cost(a_C, a_C.copy()), 0.0, "compute_content_cost(a, a)")
    j = sub.compute_content_cost(a_C, a_G)
    expect(sub.compute_content_cost(a_G, a_C), j, "compute_content_cost(a_G, a_C)")
    expect(sub.compute_content_cost(a_C, a_C + 2 * (a_G - a_C)), 4 * j, "cost with the difference doubled")
    expect(sub.compute_content_cost(np.ones((1, 2, 3, 4)), np.zeros((1, 2, 3, 4))), 0.25,
           "compute_content_cost(ones, zeros)")


def test_compute_content_cost_leaves_inputs_alone():
    """Compute the cost without modifying the activations."""
    rng = np.random.default_rng(9)
    a_C, a_G = rng.normal(size=(1, 2, 3, 4)), rng.normal(size=(1, 2, 3, 4))
    c0, g0 = a_C.copy(), a_G.copy()
    sub.compute_content_cost(a_C, a_G)
    expect(a_C, c0, "a_C after the call")
    expect(a_G, g0, "a_G after the call")
