import numpy as np


def expand_beams(beams, P):
    candidates = []
    for sentence, log_prob in beams:
        prev = sentence[-1] if sentence else 0
        for word in range(1, P.shape[1]):
            if P[prev, word] > 0:
                candidates.append((sentence + (word,), log_prob + float(np.log(P[prev, word]))))
    return candidates
