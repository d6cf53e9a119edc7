"""Hidden tests: tricky paths, other blank symbols, and path counts checked by a formula."""

import itertools
from math import comb

import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("path,label", [
    ("aa__a", "aa"), ("b_bb_b", "bbb"), ("abba", "aba"), ("_", ""), ("", ""),
    ("__hh_ee_ll_ll_oo__", "hello"), ("xyyx", "xyx"), ("a", "a"),
])
def test_ctc_collapse_cases(path, label):
    """Merge runs of the same character FIRST (a blank separates runs), THEN drop the blanks: 'a_a' stays 'aa'."""
    expect(sub.ctc_collapse(path), label, f"ctc_collapse({path!r})")


def test_ctc_collapse_other_blank():
    """Use the blank argument, not a hard-coded '_': here '-' is the blank and '_' is an ordinary character."""
    expect(sub.ctc_collapse("ab--b_", blank="-"), "abb_", "ctc_collapse('ab--b_', blank='-')")


def test_ctc_collapse_all_short_paths():
    """Every path over {a, b, _} of length 4 must collapse exactly as the reference does."""
    for p in itertools.product("ab_", repeat=4):
        path = "".join(p)
        expect(sub.ctc_collapse(path), reference().ctc_collapse(path), f"ctc_collapse({path!r})")


@pytest.mark.parametrize("label,T,alphabet", [("ab", 4, "abc"), ("a", 3, "ab"), ("cat", 5, "act"), ("aba", 5, "ab")])
def test_ctc_paths_cases(label, T, alphabet):
    """Try every string of length T over alphabet + blank (itertools.product) and keep those that collapse to the label."""
    expected = reference().ctc_paths(label, T, alphabet)
    expect(sub.ctc_paths(label, T, alphabet), expected, f"ctc_paths({label!r}, {T}, {alphabet!r})")


@pytest.mark.parametrize("label,T", [("ab", 5), ("abc", 4), ("b", 4)])
def test_ctc_paths_count_formula(label, T):
    """A label of L characters with no repeated neighbours has comb(T + L, 2L) paths of length T."""
    paths = sub.ctc_paths(label, T, "abc")
    assert len(paths) == comb(T + len(label), 2 * len(label)), f"{len(paths)} paths for {label!r} with T={T}"
    assert len(set(paths)) == len(paths), "no path should appear twice"
    assert all(len(p) == T for p in paths), f"every path has length T = {T}"


def test_ctc_paths_repeated_letter_needs_blank():
    """'aa' in 4 steps: the two a's must be separated by at least one blank."""
    expect(sub.ctc_paths("aa", 4, "a"), ["_a_a", "a__a", "a_a_", "a_aa", "aa_a"], "ctc_paths('aa', 4, 'a')")


def test_ctc_paths_too_short():
    """'aa' needs 3 steps at least: with T = 2 there is no path at all."""
    expect(sub.ctc_paths("aa", 2, "ab"), [], "ctc_paths('aa', 2, 'ab')")
