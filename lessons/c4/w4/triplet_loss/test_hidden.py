"""Hidden tests: random unit encodings, several batch sizes, compared with the reference."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def units(rng, rows, n):
    v = rng.normal(size=(rows, n))
    return v / np.linalg.norm(v, axis=1, keepdims=True)


@pytest.mark.parametrize("seed,m,n,alpha", [(1, 8, 128, 0.2), (2, 3, 16, 0.5), (3, 13, 5, 1.0)])
def test_triplet_loss_random(seed, m, n, alpha):
    """Per triplet: squared distances summed over the encoding axis (axis=1); then max(., 0); then SUM over the batch."""
    rng = np.random.default_rng(seed)
    a = units(rng, m, n)
    p = units(rng, m, n) * 0.3 + a * 0.7
    neg = units(rng, m, n)
    exp = reference().triplet_loss(a.copy(), p.copy(), neg.copy(), alpha)
    expect(sub.triplet_loss(a, p, neg, alpha), exp, "triplet_loss(A, P, N, alpha)")


def test_triplet_loss_independent_loop():
    """Check each triplet on its own: easy triplets contribute 0, hard ones their margin violation."""
    rng = np.random.default_rng(4)
    a, p, neg = rng.normal(size=(6, 4)), rng.normal(size=(6, 4)), rng.normal(size=(6, 4))
    exp = sum(max(np.sum((a[i] - p[i]) ** 2) - np.sum((a[i] - neg[i]) ** 2) + 0.3, 0.0)
              for i in range(6))
    expect(sub.triplet_loss(a, p, neg, 0.3), exp, "triplet_loss(A, P, N, 0.3)")


def test_triplet_loss_known_values():
    """Perfect triplets cost 0; with A = P = N every triplet costs exactly alpha; the loss grows with m (it is a sum)."""
    rng = np.random.default_rng(5)
    a = units(rng, 4, 8)
    expect(sub.triplet_loss(a, a, -a, 0.2), 0.0, "loss when P = A and N = -A")
    expect(sub.triplet_loss(a, a, a, 0.2), 0.8, "loss when A = P = N (4 triplets, alpha 0.2)")


def test_triplet_loss_leaves_inputs_alone():
    """Compute the loss without modifying the encodings."""
    rng = np.random.default_rng(6)
    a, p, neg = units(rng, 3, 6), units(rng, 3, 6), units(rng, 3, 6)
    copies = [a.copy(), p.copy(), neg.copy()]
    sub.triplet_loss(a, p, neg, 0.2)
    for got, orig, name in zip([a, p, neg], copies, ["anchor", "positive", "negative"], strict=True):
        expect(got, orig, f"{name} after triplet_loss")


@pytest.mark.parametrize("seed,m,k,n", [(7, 5, 9, 16), (8, 3, 12, 128), (9, 6, 4, 3)])
def test_hardest_negatives_random(seed, m, k, n):
    """Distances of every anchor to every pool face, (m, k); same-person entries excluded (set to inf); argmin per row."""
    rng = np.random.default_rng(seed)
    a, pool = units(rng, m, n), units(rng, k, n)
    a_lab = rng.integers(0, 3, size=m)
    p_lab = np.arange(k) % 3
    exp = reference().hardest_negatives(a.copy(), a_lab.copy(), pool.copy(), p_lab.copy())
    got = sub.hardest_negatives(a, a_lab, pool, p_lab)
    expect(np.asarray(got), exp, "hardest_negatives(...)")


def test_hardest_negatives_never_same_person():
    """A negative must belong to a DIFFERENT person, even when that person's other photo is the closest face."""
    rng = np.random.default_rng(10)
    a = units(rng, 4, 8)
    pool = np.vstack([a + 0.01 * rng.normal(size=(4, 8)), units(rng, 5, 8)])
    a_lab = np.arange(4)
    p_lab = np.concatenate([np.arange(4), np.arange(4, 9)])
    got = np.asarray(sub.hardest_negatives(a, a_lab, pool, p_lab))
    assert got.shape == (4,), f"expected 4 indices, got shape {got.shape}"
    assert np.all(p_lab[got] != a_lab), "picked a photo of the anchor's own person"
    d = np.sum((a[:, None, :] - pool[None, :, :]) ** 2, axis=2)
    d[a_lab[:, None] == p_lab[None, :]] = np.inf
    expect(got, np.argmin(d, axis=1), "hardest_negatives(...)")
