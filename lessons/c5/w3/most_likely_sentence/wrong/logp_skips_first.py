import numpy as np


def sentence_log_prob(sentence, P):
    log_prob = 0.0
    for t in range(1, len(sentence)):
        log_prob += float(np.log(P[sentence[t - 1], sentence[t]]))
    return log_prob
