"""Hidden tests: random sentences over a small vocabulary, so words repeat and n-grams match."""

import random
from collections import Counter

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

VOCAB = ["the", "cat", "sat", "on", "a", "mat", "red"]


def sentence(rng, length):
    return [rng.choice(VOCAB) for _ in range(length)]


def edited(rng, words):
    out = list(words)
    for _ in range(rng.randint(0, 2)):
        out[rng.randrange(len(out))] = rng.choice(VOCAB)
    return out[: len(out) - rng.randint(0, 2)]


@pytest.mark.parametrize("seed,length,n", [(1, 9, 1), (2, 11, 2), (3, 7, 3), (4, 12, 4)])
def test_ngram_counts_random(seed, length, n):
    """Slide a window of n words one step at a time over the WHOLE sentence and count each tuple."""
    words = sentence(random.Random(seed), length)
    expected = dict(Counter(tuple(words[i:i + n]) for i in range(length - n + 1)))
    expect(sub.ngram_counts(list(words), n), expected, f"ngram_counts(words, {n})")


def test_ngram_counts_total_and_short():
    """A sentence of T words has T - n + 1 n-grams, and none at all when T < n."""
    words = ["the", "cat", "sat", "on", "the", "mat"]
    assert sum(sub.ngram_counts(words, 3).values()) == 4
    expect(sub.ngram_counts(["the", "cat"], 3), {}, "ngram_counts(['the', 'cat'], 3)")


@pytest.mark.parametrize("seed,n", [(5, 1), (6, 2), (7, 3), (8, 1), (9, 2)])
def test_modified_precision_random(seed, n):
    """Clip each n-gram's count at its largest count in any ONE reference; divide by all n-grams of the candidate."""
    rng = random.Random(seed)
    refs = [sentence(rng, rng.randint(5, 10)) for _ in range(rng.randint(1, 3))]
    cand = sentence(rng, rng.randint(6, 12))
    expected = reference().modified_precision(list(cand), [list(r) for r in refs], n)
    expect(sub.modified_precision(cand, refs, n), expected, f"modified_precision(candidate, references, {n})")


def test_modified_precision_uses_max_not_sum():
    """An n-gram is credited at most as often as it appears in the single best reference (max, not sum)."""
    expect(sub.modified_precision(["red", "red", "red"], [["red", "cat"], ["a", "red"]], 1), 1 / 3,
           "modified_precision('red red red', refs, 1)")


def test_modified_precision_clips_repeats():
    """Repeating a matching word must not raise the precision beyond the reference's count."""
    refs = [["the", "cat", "sat", "on", "the", "mat"]]
    expect(sub.modified_precision(["the"] * 8, refs, 1), 2 / 8, "modified_precision(8 x 'the', refs, 1)")


@pytest.mark.parametrize("seed", [10, 11, 12, 13])
def test_brevity_penalty_random(seed):
    """r is the reference length CLOSEST to c (the shorter on a tie); bp = 1 if c > r else exp(1 - r / c)."""
    rng = random.Random(seed)
    for _ in range(6):
        refs = [sentence(rng, rng.randint(3, 14)) for _ in range(rng.randint(1, 3))]
        cand = sentence(rng, rng.randint(2, 14))
        expected = reference().brevity_penalty(list(cand), [list(r) for r in refs])
        expect(sub.brevity_penalty(cand, refs), expected, f"brevity_penalty({len(cand)} words, references)")


def test_brevity_penalty_short_candidate():
    """A candidate half as long as its closest reference gets exp(1 - 2) = e^-1; a longer one gets 1."""
    refs = [["a"] * 8, ["a"] * 12]
    expect(sub.brevity_penalty(["a"] * 4, refs), float(np.exp(-1.0)), "brevity_penalty(4 words, refs of 8 and 12)")
    expect(sub.brevity_penalty(["a"] * 13, refs), 1.0, "brevity_penalty(13 words, refs of 8 and 12)")


@pytest.mark.parametrize("seed,max_n", [(14, 4), (15, 4), (16, 2), (17, 3), (18, 4)])
def test_bleu_random(seed, max_n):
    """BLEU = BP * exp(mean of log p_n for n = 1..N): a geometric mean of the precisions times the brevity penalty."""
    rng = random.Random(seed)
    base = sentence(rng, rng.randint(9, 14))
    refs = [base, edited(rng, base)]
    cand = edited(rng, base)
    expected = reference().bleu(list(cand), [list(r) for r in refs], max_n)
    expect(sub.bleu(cand, refs, max_n), expected, f"bleu(candidate, references, {max_n})")


def test_bleu_geometric_mean():
    """With precisions 1, 1/2 and BP = 1, BLEU with N = 2 is sqrt(1 * 1/2)."""
    refs = [["a", "b", "c"]]
    cand = ["a", "b", "d"]       # p1 = 2/3, p2 = 1/2
    expect(sub.bleu(cand, refs, 2), float(np.sqrt(2 / 3 * 1 / 2)), "bleu(['a', 'b', 'd'], [['a', 'b', 'c']], 2)")
