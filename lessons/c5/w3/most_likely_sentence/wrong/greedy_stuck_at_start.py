import numpy as np


def greedy_decode(P, max_len):
    sentence = []
    while len(sentence) < max_len:
        word = int(np.argmax(P[0]))
        sentence.append(word)
        if word == 1:
            break
    return sentence
