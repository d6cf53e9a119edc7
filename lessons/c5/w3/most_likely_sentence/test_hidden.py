"""Hidden tests: random language models, compared with the reference and with properties."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def random_model(seed, V, eos_boost=1.0):
    rng = np.random.default_rng(seed)
    P = rng.dirichlet(np.full(V - 1, 0.7), size=V)
    P[:, 0] *= eos_boost
    P = P / P.sum(axis=1, keepdims=True)
    return np.hstack([np.zeros((V, 1)), P])    # column 0 (<s>) is never produced


@pytest.mark.parametrize("seed,V,T", [(1, 6, 4), (2, 9, 7), (3, 5, 1)])
def test_sentence_log_prob_random(seed, V, T):
    """Sum log P[previous, next] over EVERY word, starting from previous = <s> (index 0)."""
    P = random_model(seed, V)
    sentence = list(np.random.default_rng(seed + 50).integers(2, V, T)) + [1]
    sentence = [int(w) for w in sentence]
    expected = reference().sentence_log_prob(list(sentence), P.copy())
    expect(sub.sentence_log_prob(sentence, P), expected, "sentence_log_prob(sentence, P)")


def test_sentence_log_prob_uses_rows_as_previous_word():
    """P[i, j] is P(next = j | previous = i): the ROW is the previous word."""
    P = random_model(4, 7)
    log_prob = sub.sentence_log_prob([3, 5, 1], P)
    expect(log_prob, float(np.log(P[0, 3]) + np.log(P[3, 5]) + np.log(P[5, 1])), "sentence_log_prob([3, 5, 1], P)")


def test_sentence_log_prob_is_a_log():
    """Return a LOG-probability (a sum of logs, <= 0), not the product of the probabilities."""
    P = random_model(6, 5)
    assert sub.sentence_log_prob([2, 2, 4, 1], P) < 0


@pytest.mark.parametrize("seed,V,max_len,boost", [(7, 6, 12, 4.0), (8, 10, 15, 3.0), (9, 8, 3, 0.05)])
def test_greedy_decode_random(seed, V, max_len, boost):
    """At each step take argmax of the ROW of the previous word; stop after EOS or at max_len."""
    P = random_model(seed, V, boost)
    expected = reference().greedy_decode(P.copy(), max_len)
    expect(sub.greedy_decode(P, max_len), expected, "greedy_decode(P, max_len)")


def test_greedy_decode_stops_at_eos():
    """Once EOS (index 1) is written the sentence is over: EOS appears once, at the very end."""
    V = 6
    P = np.full((V, V), 0.05)
    P[:, 0] = 0.0
    P[:, 1] = 0.6                     # every word is most likely followed by EOS
    P[0, 1], P[0, 4] = 0.05, 0.6      # but the first word is word 4
    P = P / P.sum(axis=1, keepdims=True)
    expect(sub.greedy_decode(P, 8), [4, 1], "greedy_decode(P, 8)")


def test_greedy_decode_follows_the_chain():
    """Each choice conditions on the word just written, not always on <s>."""
    V = 6
    P = np.zeros((V, V))
    P[0, 2], P[2, 3], P[3, 5], P[5, 4], P[4, 1], P[1, 1] = 1, 1, 1, 1, 1, 1
    P = 0.9 * P + 0.1 / V
    expect(sub.greedy_decode(P, 10), [2, 3, 5, 4, 1], "greedy_decode(P, 10)")
