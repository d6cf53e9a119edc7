"""Scoring whole sentences with a conditional language model, and why greedy picking falls short.

The model is a table P of shape (V, V): P[i, j] = P(next word = j | previous word = i, x).
Word 0 is the start symbol <s> (it is never produced) and word 1 is <eos>.
"""

import numpy as np

START = 0
EOS = 1


def sentence_log_prob(sentence, P):
    """log P(y<1>, ..., y<T_y> | x) = sum over t of log P(y<t> | y<t-1>, x).

    Arguments:
    sentence -- list of word indices y<1> .. y<T_y> (no <s>; usually ends with EOS)
    P -- conditional next-word table, shape (V, V); row = previous word, column = next word

    Returns:
    log_prob -- a Python float, the log-probability of the whole sentence
    """
    # YOUR CODE STARTS HERE
    # stub: log_prob = None
    log_prob = 0.0
    prev = START
    for word in sentence:
        log_prob += float(np.log(P[prev, word]))
        prev = word
    # YOUR CODE ENDS HERE
    return log_prob


def greedy_decode(P, max_len):
    """Write a sentence by always taking the single most likely next word.

    Arguments:
    P -- conditional next-word table, shape (V, V)
    max_len -- the longest sentence allowed (counting the EOS)

    Returns:
    sentence -- list of word indices; it ends with EOS unless max_len was reached first
    """
    # YOUR CODE STARTS HERE
    # stub: sentence = None
    sentence = []
    prev = START
    while len(sentence) < max_len:
        word = int(np.argmax(P[prev]))
        sentence.append(word)
        if word == EOS:
            break
        prev = word
    # YOUR CODE ENDS HERE
    return sentence
