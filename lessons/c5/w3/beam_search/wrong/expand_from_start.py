import numpy as np


def expand_beams(beams, P):
    candidates = []
    for sentence, log_prob in beams:
        if sentence and sentence[-1] == 1:
            candidates.append((sentence, log_prob))
            continue
        for word in range(1, P.shape[1]):
            if P[0, word] > 0:
                candidates.append((sentence + (word,), log_prob + float(np.log(P[0, word]))))
    return candidates
