import numpy as np


def sentence_log_prob(sentence, P):
    log_prob = 0.0
    prev = 0
    for word in sentence[:-1]:
        log_prob += float(np.log(P[prev, word]))
        prev = word
    return log_prob
