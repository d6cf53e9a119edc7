import numpy as np


def greedy_decode(P, max_len):
    sentence = []
    prev = 0
    while len(sentence) < max_len:
        word = int(np.argmax(P[:, prev]))
        sentence.append(word)
        if word == 1:
            break
        prev = word
    return sentence
