"""Beam search over a conditional next-word table.

P has shape (V, V): P[i, j] = P(next word = j | previous word = i, x). Word 0 is the start
symbol <s> (never produced) and word 1 is <eos>. A beam is a pair (sentence, log_prob) where
sentence is a tuple of word indices and log_prob the sum of the log-probabilities of its words.
"""

import numpy as np

START = 0
EOS = 1


def expand_beams(beams, P):
    """Grow every unfinished beam by one word; finished beams are passed on unchanged.

    Arguments:
    beams -- list of (sentence, log_prob); sentence is a tuple, () for the empty start
    P -- conditional next-word table, shape (V, V)

    Returns:
    candidates -- list of (sentence, log_prob): each finished beam (ending with EOS) as it is, and
                  for each unfinished beam one candidate per word j >= 1 with P[prev, j] > 0,
                  where prev is the beam's last word (START for the empty sentence)
    """
    # YOUR CODE STARTS HERE
    # stub: candidates = None
    candidates = []
    for sentence, log_prob in beams:
        if sentence and sentence[-1] == EOS:
            candidates.append((sentence, log_prob))
            continue
        prev = sentence[-1] if sentence else START
        for word in range(1, P.shape[1]):
            if P[prev, word] > 0:
                candidates.append((sentence + (word,), log_prob + float(np.log(P[prev, word]))))
    # YOUR CODE ENDS HERE
    return candidates


def beam_search(P, beam_width, max_len):
    """Keep the beam_width best partial sentences at every step.

    Arguments:
    P -- conditional next-word table, shape (V, V)
    beam_width -- B, how many sentences survive each step (B = 1 is greedy decoding)
    max_len -- at most this many steps (words, EOS included)

    Returns:
    beams -- list of at most beam_width (sentence, log_prob), best (highest log_prob) first
    """
    beams = [((), 0.0)]
    # YOUR CODE STARTS HERE
    # stub: beams = None
    for _ in range(max_len):
        candidates = expand_beams(beams, P)
        beams = sorted(candidates, key=lambda c: c[1], reverse=True)[:beam_width]
        if all(s and s[-1] == EOS for s, _ in beams):
            break
    # YOUR CODE ENDS HERE
    return beams
