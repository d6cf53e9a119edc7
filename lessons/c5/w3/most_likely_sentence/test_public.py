"""Public tests: the Jane example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

WORDS = ["<s>", "<eos>", "jane", "is", "visits", "visiting", "going", "to", "africa"]
P = np.zeros((9, 9))
P[0, 2] = 1.0                          # <s>      -> jane
P[1, 1] = 1.0                          # <eos>    -> <eos> (never used)
P[2, 3], P[2, 4] = 0.6, 0.4            # jane     -> is | visits
P[3, 5], P[3, 6] = 0.45, 0.55          # is       -> visiting | going
P[4, 8], P[4, 1] = 0.9, 0.1            # visits   -> africa | <eos>
P[5, 8], P[5, 1] = 0.9, 0.1            # visiting -> africa | <eos>
P[6, 7] = 1.0                          # going    -> to
P[7, 8] = 1.0                          # to       -> africa
P[8, 1] = 1.0                          # africa   -> <eos>


def test_sentence_log_prob_example():
    # "jane visits africa <eos>": log(1.0 * 0.4 * 0.9 * 1.0) = log(0.36)
    expect(sub.sentence_log_prob([2, 4, 8, 1], P), -1.0216512475319812, "sentence_log_prob(jane visits africa)")
    # "jane is going to africa <eos>": log(0.33)
    expect(sub.sentence_log_prob([2, 3, 6, 7, 8, 1], P), -1.1086626245216111,
           "sentence_log_prob(jane is going to africa)")


def test_greedy_decode_example():
    # greedy takes "is" (0.6 > 0.4) and ends on the worse sentence: 0.33 < 0.36
    expect(sub.greedy_decode(P, 10), [2, 3, 6, 7, 8, 1], "greedy_decode(P, 10)")
