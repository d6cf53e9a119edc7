def sentence_log_prob(sentence, P):
    prob = 1.0
    prev = 0
    for word in sentence:
        prob *= float(P[prev, word])
        prev = word
    return prob
