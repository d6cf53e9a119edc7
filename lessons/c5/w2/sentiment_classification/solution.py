"""Sentiment classification: average the word vectors of a review, then a softmax.

Write each function between the YOUR CODE markers. Keep the names and signatures.

WORD_TO_VEC is a small hand-made table for this lesson (no downloads): 4 designed features
(pleasant, unpleasant, about-food, about-service). W and B are a hand-set classifier over
3 classes: 0 = negative, 1 = neutral, 2 = positive.
"""

import numpy as np

WORD_TO_VEC = {
    "the": np.array([0.0, 0.0, 0.1, 0.1]),
    "food": np.array([0.0, 0.0, 1.0, 0.0]),
    "dessert": np.array([0.2, 0.0, 0.9, 0.0]),
    "service": np.array([0.0, 0.0, 0.0, 1.0]),
    "was": np.array([0.0, 0.0, 0.0, 0.0]),
    "is": np.array([0.0, 0.0, 0.0, 0.0]),
    "good": np.array([0.8, 0.0, 0.1, 0.1]),
    "great": np.array([1.0, 0.0, 0.0, 0.1]),
    "bad": np.array([0.0, 0.8, 0.1, 0.1]),
    "awful": np.array([0.0, 1.0, 0.0, 0.0]),
    "slow": np.array([0.0, 0.5, 0.0, 0.5]),
    "lacking": np.array([0.0, 0.3, 0.0, 0.0]),
    "in": np.array([0.0, 0.0, 0.0, 0.0]),
    "and": np.array([0.0, 0.0, 0.0, 0.0]),
    "not": np.array([0.0, 0.1, 0.0, 0.0]),
}

W = np.array([
    [-3.0, 4.0, 0.0, 0.0],
    [-1.0, -1.0, 0.5, 0.5],
    [4.0, -3.0, 0.0, 0.0],
])
B = np.array([[0.0], [0.5], [0.0]])


def sentence_to_avg(sentence, word_to_vec):
    """Average of the vectors of a sentence's words (lowercased; words not in the table are skipped).

    Arguments:
    sentence -- a string of words separated by spaces
    word_to_vec -- dict mapping lowercase words to numpy vectors of shape (n_e,)

    Returns:
    avg -- numpy array of shape (n_e,); all zeros if no word is known
    """
    # YOUR CODE STARTS HERE
    # stub: avg = None
    n_e = len(next(iter(word_to_vec.values())))
    known = [word_to_vec[w] for w in sentence.lower().split() if w in word_to_vec]
    avg = np.zeros(n_e)
    if known:
        avg = np.sum(known, axis=0) / len(known)
    # YOUR CODE ENDS HERE
    return avg


def sentiment_probabilities(avgs, W, b):
    """Class probabilities for m sentences: softmax(W avgs + b), column by column.

    Arguments:
    avgs -- numpy array of shape (n_e, m): column i is the average vector of sentence i
    W -- numpy array of shape (n_y, n_e)
    b -- numpy array of shape (n_y, 1)

    Returns:
    a -- numpy array of shape (n_y, m); each column sums to 1
    """
    # YOUR CODE STARTS HERE
    # stub: a = None
    z = np.dot(W, avgs) + b
    z = z - np.max(z, axis=0, keepdims=True)
    a = np.exp(z) / np.sum(np.exp(z), axis=0, keepdims=True)
    # YOUR CODE ENDS HERE
    return a
