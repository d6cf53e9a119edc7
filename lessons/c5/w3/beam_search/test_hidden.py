"""Hidden tests: random tables, beams of several widths, compared with the reference."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def random_model(seed, V, eos_boost=1.0):
    rng = np.random.default_rng(seed)
    P = rng.dirichlet(np.full(V - 1, 0.6), size=V)
    P[:, 0] *= eos_boost
    P = P / P.sum(axis=1, keepdims=True)
    return np.hstack([np.zeros((V, 1)), P])


def log_prob(sentence, P):
    prev, total = 0, 0.0
    for w in sentence:
        total += np.log(P[prev, w])
        prev = w
    return total


@pytest.mark.parametrize("seed,V", [(1, 5), (2, 7)])
def test_expand_beams_random(seed, V):
    """Each unfinished beam gets one child per word j >= 1: score = beam's score + log P[last word, j]."""
    P = random_model(seed, V)
    beams = [((), 0.0)] if seed == 1 else [((3, 2), -1.7), ((4,), -0.9), ((2, 1), -2.5)]
    expected = sorted(reference().expand_beams(list(beams), P.copy()))
    expect(sorted(sub.expand_beams(beams, P)), expected, "sorted(expand_beams(beams, P))")


def test_expand_beams_keeps_finished_beams():
    """A beam that already ends with EOS (index 1) is finished: pass it on as it is, do not extend it."""
    P = random_model(3, 6)
    got = sub.expand_beams([((2, 1), -1.25)], P)
    expect(got, [((2, 1), -1.25)], "expand_beams([((2, 1), -1.25)], P)")


def test_expand_beams_conditions_on_last_word():
    """The children of (4,) come from row P[4], the beam's last word, not from the start row."""
    P = random_model(4, 6)
    got = sorted(sub.expand_beams([((4,), -0.5)], P))
    expected = [((4, j), -0.5 + float(np.log(P[4, j]))) for j in range(1, 6)]
    expect(got, expected, "sorted(expand_beams([((4,), -0.5)], P))")


@pytest.mark.parametrize("seed,V,B,max_len,boost", [(5, 6, 2, 6, 2.0), (6, 8, 3, 7, 3.0),
                                                     (7, 5, 4, 5, 1.0), (8, 7, 3, 6, 6.0)])
def test_beam_search_random(seed, V, B, max_len, boost):
    """Pool the children of ALL beams, sort by log_prob, highest first, keep the top B; finished beams compete too."""
    P = random_model(seed, V, boost)
    expected = reference().beam_search(P.copy(), B, max_len)
    expect(sub.beam_search(P, B, max_len), expected, f"beam_search(P, {B}, {max_len})")


def test_beam_search_scores_are_sentence_log_probs():
    """Each returned score is the full sentence's log-probability, and the list is sorted best first."""
    P = random_model(9, 6, 2.0)
    beams = sub.beam_search(P, 3, 6)
    assert len(beams) == 3
    for sentence, score in beams:
        expect(score, log_prob(sentence, P), f"score of {sentence}")
    scores = [s for _, s in beams]
    assert scores == sorted(scores, reverse=True), "beams are not sorted best first"


def test_beam_search_width_one_is_greedy():
    """With B = 1 beam search must reproduce greedy decoding."""
    P = random_model(10, 7, 2.0)
    sentence, prev = [], 0
    while len(sentence) < 8:
        w = int(np.argmax(P[prev]))
        sentence.append(w)
        if w == 1:
            break
        prev = w
    (got, _), = sub.beam_search(P, 1, 8)
    expect(tuple(got), tuple(sentence), "beam_search(P, 1, 8) sentence")
