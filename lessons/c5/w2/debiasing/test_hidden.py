"""Hidden tests: fresh tables and seeds, compared with the reference and with exact properties."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def _table(seed, size, n_e):
    rng = np.random.default_rng(seed)
    table = {}
    for j in range(size):
        v = rng.normal(size=n_e)
        table[f"w{j}"] = v / np.linalg.norm(v)
    return table


def _copy(table):
    return {w: e.copy() for w, e in table.items()}


@pytest.mark.parametrize("seed,n_e,n_pairs", [(1, 5, 3), (6, 8, 4), (12, 3, 2)])
def test_bias_direction_random(seed, n_e, n_pairs):
    """Average, over ALL the pairs, of e_second - e_first (second minus first, a mean not a sum)."""
    table = _table(seed, 2 * n_pairs, n_e)
    pairs = [(f"w{2 * i}", f"w{2 * i + 1}") for i in range(n_pairs)]
    expected = reference().bias_direction(list(pairs), _copy(table))
    expect(sub.bias_direction(pairs, table), expected, "bias_direction(pairs, table)")


@pytest.mark.parametrize("seed,n_e", [(2, 4), (9, 7), (21, 10)])
def test_neutralize_random(seed, n_e):
    """Subtract the projection on g: (e . g / ||g||^2) g, with the SQUARED length of g."""
    table = _table(seed, 3, n_e)
    g = np.random.default_rng(seed + 50).normal(size=n_e) * 2.5
    e = table["w1"]
    expected = e - (e @ g) / (g @ g) * g
    expect(sub.neutralize("w1", g, table), expected, "neutralize('w1', g, table)")


def test_neutralize_is_orthogonal_and_keeps_the_rest():
    """The result has no component along g, and neutralizing it again changes nothing."""
    table = _table(5, 4, 6)
    g = np.array([3.0, 0.5, 0.0, -1.0, 0.2, 0.0])
    e_d = np.asarray(sub.neutralize("w2", g, table))
    expect(float(e_d @ g), 0.0, "e_debiased . g", atol=1e-9)
    expect(sub.neutralize("x", g, {"x": e_d}), e_d, "neutralizing twice")


def test_neutralize_leaves_the_table_alone():
    """Build a NEW vector: do not modify word_to_vec (no in-place -= on its arrays)."""
    table = _table(8, 3, 5)
    before = _copy(table)
    sub.neutralize("w0", np.array([1.0, 2.0, 0.0, 0.5, -1.0]), table)
    for w in table:
        expect(table[w], before[w], f"word_to_vec['{w}'] after neutralize")


@pytest.mark.parametrize("seed,n_e", [(3, 5), (14, 8), (27, 4)])
def test_equalize_random(seed, n_e):
    """mu, mu_B, mu_orth; each word's projection on g; the sqrt(|1 - ||mu_orth||^2|) scaling; add mu_orth back."""
    table = _table(seed, 2, n_e)
    g = np.random.default_rng(seed + 7).normal(size=n_e)
    expected = reference().equalize(("w0", "w1"), g.copy(), _copy(table))
    e_1, e_2 = sub.equalize(("w0", "w1"), g, table)
    expect(e_1, expected[0], "e_1")
    expect(e_2, expected[1], "e_2")


def test_equalize_makes_a_mirror_pair():
    """After equalizing, e_1 + e_2 has no bias component and cos(e_1, g) = -cos(e_2, g)."""
    ref = reference()
    table = ref.WORD_TO_VEC
    g = ref.bias_direction([("man", "woman"), ("he", "she"), ("boy", "girl")], table)
    e_1, e_2 = sub.equalize(("grandfather", "grandmother"), g, _copy(table))
    e_1, e_2 = np.asarray(e_1), np.asarray(e_2)
    cos = [float(v @ g / (np.linalg.norm(v) * np.linalg.norm(g))) for v in (e_1, e_2)]
    expect(cos[0], -cos[1], "cos(e_grandfather, g) versus -cos(e_grandmother, g)")
    expect(float((e_1 + e_2) @ g), 0.0, "(e_1 + e_2) . g", atol=1e-9)
    expect(e_1 + e_2, 2 * ref.neutralize("x", g, {"x": (table["grandfather"] + table["grandmother"]) / 2}),
           "e_1 + e_2 (twice the neutralized average)")
