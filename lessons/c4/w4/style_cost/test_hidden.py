"""Hidden tests: random, non-square activation volumes, compared with the reference."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed,n_C,n_pos", [(1, 3, 8), (2, 6, 4), (3, 16, 35)])
def test_gram_matrix_random(seed, n_C, n_pos):
    """G = A A^T: one row and one column per CHANNEL, shape (n_C, n_C)."""
    A = np.random.default_rng(seed).normal(size=(n_C, n_pos))
    exp = reference().gram_matrix(A.copy())
    expect(np.asarray(sub.gram_matrix(A)), exp, "gram_matrix(A)")


def test_gram_matrix_properties():
    """G[i, j] is the dot product of channels i and j: symmetric, with squared lengths on the diagonal."""
    A = np.random.default_rng(4).normal(size=(4, 9))
    G = np.asarray(sub.gram_matrix(A))
    assert G.shape == (4, 4), f"expected shape (4, 4), got {G.shape}"
    expect(G, G.T, "gram_matrix(A) transposed")
    expect(np.diag(G), np.sum(A ** 2, axis=1), "diagonal of gram_matrix(A)")
    expect(G[1, 3], float(np.dot(A[1], A[3])), "gram_matrix(A)[1, 3]")


@pytest.mark.parametrize("seed,shape", [(5, (1, 4, 3, 5)), (6, (1, 2, 7, 3)), (7, (1, 6, 5, 8))])
def test_compute_layer_style_cost_random(seed, shape):
    """Unroll each volume to (n_C, n_H * n_W) (reshape to (n_H * n_W, n_C), then transpose), compare the two Gram matrices, divide by 4 n_C^2 (n_H n_W)^2."""
    rng = np.random.default_rng(seed)
    a_S, a_G = rng.normal(size=shape), rng.normal(size=shape)
    exp = reference().compute_layer_style_cost(a_S.copy(), a_G.copy())
    expect(sub.compute_layer_style_cost(a_S, a_G), exp, "compute_layer_style_cost(a_S, a_G)")


def test_compute_layer_style_cost_ignores_positions():
    """Style is about WHICH channels fire together, not WHERE: shuffling the positions of a_G must not change the cost."""
    rng = np.random.default_rng(8)
    a_S, a_G = rng.normal(size=(1, 3, 4, 5)), rng.normal(size=(1, 3, 4, 5))
    j = sub.compute_layer_style_cost(a_S, a_G)
    flat = a_G.reshape(12, 5)[rng.permutation(12)]
    expect(sub.compute_layer_style_cost(a_S, flat.reshape(1, 3, 4, 5)), j, "cost after shuffling positions")
    expect(sub.compute_layer_style_cost(a_S, a_S.copy()), 0.0, "cost of a_S against itself")


def test_compute_layer_style_cost_leaves_inputs_alone():
    """Compute the cost without modifying the activations."""
    rng = np.random.default_rng(9)
    a_S, a_G = rng.normal(size=(1, 2, 3, 4)), rng.normal(size=(1, 2, 3, 4))
    s0, g0 = a_S.copy(), a_G.copy()
    sub.compute_layer_style_cost(a_S, a_G)
    expect(a_S, s0, "a_S after the call")
    expect(a_G, g0, "a_G after the call")


@pytest.mark.parametrize("seed", [10, 11])
def test_compute_style_cost_random(seed):
    """Sum over the layers of lambda[l] times that layer's style cost (a weighted SUM, every layer)."""
    rng = np.random.default_rng(seed)
    shapes = [(1, 8, 6, 3), (1, 4, 3, 6), (1, 2, 2, 12)]
    pairs = [(rng.normal(size=s), rng.normal(size=s)) for s in shapes]
    weights = list(rng.dirichlet(np.ones(3)))
    exp = reference().compute_style_cost([(s.copy(), g.copy()) for s, g in pairs], weights)
    expect(sub.compute_style_cost(pairs, weights), exp, "compute_style_cost(pairs, weights)")


def test_compute_style_cost_single_and_zero_weights():
    """One layer with weight 1 gives that layer's cost; a layer with weight 0 contributes nothing."""
    rng = np.random.default_rng(12)
    p1 = (rng.normal(size=(1, 3, 2, 4)), rng.normal(size=(1, 3, 2, 4)))
    p2 = (rng.normal(size=(1, 2, 5, 2)), rng.normal(size=(1, 2, 5, 2)))
    j1 = reference().compute_layer_style_cost(*p1)
    expect(sub.compute_style_cost([p1], [1.0]), j1, "compute_style_cost([p1], [1])")
    expect(sub.compute_style_cost([p1, p2], [1.0, 0.0]), j1, "compute_style_cost([p1, p2], [1, 0])")
