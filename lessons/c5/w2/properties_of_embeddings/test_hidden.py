"""Hidden tests: fresh tables and seeds, compared with the reference and with exact properties."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import reference


def _table(seed, size, n_e):
    rng = np.random.default_rng(seed)
    # lengths vary a lot, so cosine and the raw dot product disagree
    return {f"w{j}": rng.normal(size=n_e) * rng.uniform(0.2, 5.0) for j in range(size)}


@pytest.mark.parametrize("seed,size,n_e,k", [(1, 12, 5, 4), (8, 30, 7, 6), (23, 9, 3, 9)])
def test_nearest_words_random(seed, size, n_e, k):
    """Rank by COSINE similarity (not the raw dot product), highest first, and keep the first k."""
    table = _table(seed, size, n_e)
    query = np.random.default_rng(seed + 100).normal(size=n_e)
    expected = reference().nearest_words(query.copy(), dict(table), k)
    result = sub.nearest_words(query, table, k)
    assert list(result) == expected, f"expected {expected}, got {list(result)}"


def test_nearest_words_honours_exclude():
    """Words listed in `exclude` never appear, even when they are the closest ones."""
    table = _table(4, 15, 6)
    query = table["w3"] + 0.01
    expected = reference().nearest_words(query.copy(), dict(table), 5, exclude=("w3", "w7"))
    result = sub.nearest_words(query, table, 5, exclude=("w3", "w7"))
    assert list(result) == expected, f"expected {expected}, got {list(result)}"


def test_nearest_words_first_is_itself():
    """A word's own vector has cosine 1 with itself, so it comes first; order is best first."""
    table = _table(6, 10, 4)
    result = sub.nearest_words(table["w5"] * 3.0, table, 10)
    assert list(result)[0] == "w5", f"the closest word to 3 * e_w5 is w5, got {list(result)[:1]}"
    scores = [reference().cosine_similarity(table["w5"], table[w]) for w in result]
    assert scores == sorted(scores, reverse=True), "the list must go from most to least similar"


@pytest.mark.parametrize("seed", [2, 17, 31, 40])
def test_complete_analogy_random(seed):
    """Target = e_b - e_a + e_c (b minus a, plus c); pick the highest cosine, skipping a, b and c."""
    table = _table(seed, 20, 6)
    rng = np.random.default_rng(seed)
    a, b, c = (f"w{j}" for j in rng.choice(20, size=3, replace=False))
    expected = reference().complete_analogy(a, b, c, {w: e.copy() for w, e in table.items()})
    result = sub.complete_analogy(a, b, c, table)
    assert result == expected, f"{a} : {b} :: {c} : ? expected {expected!r}, got {result!r}"


def test_complete_analogy_never_returns_an_input():
    """When b is almost a, the target is almost e_c itself: the answer must still not be c."""
    table = _table(12, 10, 5)
    table["w1"] = table["w0"] + 0.001
    result = sub.complete_analogy("w0", "w1", "w2", table)
    assert result not in ("w0", "w1", "w2"), f"the answer may not be one of the inputs, got {result!r}"
    expected = reference().complete_analogy("w0", "w1", "w2", table)
    assert result == expected, f"expected {expected!r}, got {result!r}"


def test_complete_analogy_royal_family():
    """The designed table: boy : prince :: girl : princess (the royal direction), any letter case."""
    table = reference().WORD_TO_VEC
    for a, b, c, d in [("boy", "prince", "girl", "princess"), ("MAN", "KING", "woman", "queen"),
                       ("woman", "man", "queen", "king"), ("cars", "car", "apples", "apple")]:
        result = sub.complete_analogy(a, b, c, table)
        assert result == d, f"{a} : {b} :: {c} : ? should be {d!r}, got {result!r}"
