import numpy as np


def expand_beams(beams, P):
    candidates = []
    for sentence, log_prob in beams:
        if sentence and sentence[-1] == 1:
            candidates.append((sentence, log_prob))
            continue
        prev = sentence[-1] if sentence else 0
        for word in range(1, P.shape[1]):
            if P[prev, word] > 0:
                candidates.append((sentence + (word,), float(np.log(P[prev, word]))))
    return candidates
