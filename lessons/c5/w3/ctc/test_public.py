"""Public tests: the examples of the explanation."""

import submission as sub
from engine.testkit import expect


def test_ctc_collapse_example():
    expect(sub.ctc_collapse("cc_aa_t"), "cat", "ctc_collapse('cc_aa_t')")
    expect(sub.ctc_collapse("ttt_h_eee___ ___qqq__"), "the q", "ctc_collapse('ttt_h_eee___ ___qqq__')")
    expect(sub.ctc_collapse("a_a"), "aa", "ctc_collapse('a_a')")


def test_ctc_paths_example():
    expect(sub.ctc_paths("ab", 3, "ab"), ["_ab", "a_b", "aab", "ab_", "abb"], "ctc_paths('ab', 3, 'ab')")
    expect(sub.ctc_paths("aa", 3, "ab"), ["a_a"], "ctc_paths('aa', 3, 'ab')")
