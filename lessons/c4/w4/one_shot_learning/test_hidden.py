"""Hidden tests: random encodings, non-square shapes, compared with the reference."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def units(rng, rows, n):
    v = rng.normal(size=(rows, n))
    return v / np.linalg.norm(v, axis=1, keepdims=True)


@pytest.mark.parametrize("seed,m,k,n", [(1, 3, 5, 128), (8, 7, 2, 16), (21, 1, 4, 9)])
def test_pairwise_distances_random(seed, m, k, n):
    """D has one ROW per query and one COLUMN per gallery face: shape (m, k), plain L2 distances."""
    rng = np.random.default_rng(seed)
    q, g = units(rng, m, n), units(rng, k, n)
    exp = reference().pairwise_distances(q.copy(), g.copy())
    expect(sub.pairwise_distances(q, g), exp, "pairwise_distances(queries, gallery)")


def test_pairwise_distances_independent_formula():
    """Entry (i, j) is sqrt(sum over the n features of (q_i - g_j)^2): sum over the LAST axis."""
    rng = np.random.default_rng(3)
    q, g = rng.normal(size=(4, 6)), rng.normal(size=(3, 6))
    exp = np.array([[np.linalg.norm(q[i] - g[j]) for j in range(3)] for i in range(4)])
    expect(sub.pairwise_distances(q, g), exp, "pairwise_distances(queries, gallery)")


def test_pairwise_distances_self_is_zero():
    """A face is at distance 0 from itself, and distance is symmetric."""
    rng = np.random.default_rng(5)
    x = rng.normal(size=(4, 10))
    D = sub.pairwise_distances(x, x)
    expect(np.diag(D), np.zeros(4), "diagonal of pairwise_distances(x, x)", atol=1e-6)
    expect(D, D.T, "pairwise_distances(x, x) transposed")


def test_pairwise_distances_leaves_inputs_alone():
    """Compute the distances without modifying the arrays you were given."""
    rng = np.random.default_rng(6)
    q, g = rng.normal(size=(2, 5)), rng.normal(size=(3, 5))
    q0, g0 = q.copy(), g.copy()
    sub.pairwise_distances(q, g)
    expect(q, q0, "queries after the call")
    expect(g, g0, "gallery after the call")


@pytest.mark.parametrize("seed", [2, 17, 40])
def test_one_shot_identify_known_people(seed):
    """Each query is a slightly noisy new photo of one gallery person: pick the CLOSEST (argmin per row)."""
    rng = np.random.default_rng(seed)
    k, m, n = 6, 4, 128
    gallery = units(rng, k, n)
    names = [f"person{j}" for j in range(k)]
    who = rng.integers(0, k, size=m)
    queries = gallery[who] + 0.02 * rng.normal(size=(m, n))
    got = sub.one_shot_identify(queries, gallery, names, tau=0.7)
    assert list(got) == [names[j] for j in who], f"got {got!r}"


def test_one_shot_identify_strangers():
    """A face farther than tau from everybody is not in the database: its entry is None."""
    rng = np.random.default_rng(12)
    gallery = units(rng, 5, 128)
    names = list("abcde")
    queries = np.vstack([gallery[1] + 0.01 * rng.normal(size=128), units(rng, 2, 128)])
    exp = reference().one_shot_identify(queries.copy(), gallery.copy(), names, 0.7)
    got = sub.one_shot_identify(queries, gallery, names, tau=0.7)
    assert exp == ["b", None, None]
    assert list(got) == exp, f"expected {exp!r}, got {got!r}"


def test_one_shot_identify_new_person_no_retraining():
    """Adding someone is just adding a gallery row; the answers use d <= tau with the tau given."""
    gallery = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    q = np.array([[0.0, 0.0, 1.0]])
    assert list(sub.one_shot_identify(q, gallery, ["x", "y"], tau=0.5)) == [None]
    bigger = np.vstack([gallery, [[0.0, 0.3, 0.95]]])
    assert list(sub.one_shot_identify(q, bigger, ["x", "y", "z"], tau=0.5)) == ["z"]
    assert list(sub.one_shot_identify(q, bigger, ["x", "y", "z"], tau=2.0)) == ["z"]
