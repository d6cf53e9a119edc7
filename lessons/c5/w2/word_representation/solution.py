"""Word representation: one-hot vectors versus featurized word vectors.

Write each function between the YOUR CODE markers. Keep the names and signatures.

The small table FEATURES below is hand-made for this lesson (no downloads): six words
described by five designed features (gender, royal, age, food, person), so every number in the
explanation can be checked by hand.
"""

import numpy as np

VOCAB = ["man", "woman", "king", "queen", "apple", "orange"]

# columns follow VOCAB; rows are the features gender, royal, age, food, person
FEATURES = np.array([
    [-1.00, 1.00, -0.95, 0.97, 0.00, 0.01],
    [0.01, 0.02, 0.93, 0.95, -0.01, 0.00],
    [0.03, 0.02, 0.70, 0.69, 0.03, -0.02],
    [0.04, 0.01, 0.02, 0.01, 0.95, 0.97],
    [0.90, 0.90, 0.90, 0.90, 0.00, 0.00],
])


def one_hot(index, vocab_size):
    """The one-hot column vector o_index of a word.

    Arguments:
    index -- the word's position in the vocabulary, 0 <= index < vocab_size
    vocab_size -- the number of words in the vocabulary

    Returns:
    o -- numpy array of shape (vocab_size, 1): all zeros except a 1.0 at row index
    """
    # YOUR CODE STARTS HERE
    # stub: o = None
    o = np.zeros((vocab_size, 1))
    o[index, 0] = 1.0
    # YOUR CODE ENDS HERE
    return o


def cosine_similarity(u, v):
    """How alike two word vectors point: u.v / (||u|| ||v||).

    Arguments:
    u -- numpy array of shape (n,) or (n, 1)
    v -- numpy array of the same shape as u

    Returns:
    similarity -- a Python float between -1 and 1
    """
    # YOUR CODE STARTS HERE
    # stub: similarity = None
    dot = np.sum(u * v)
    norm_u = np.sqrt(np.sum(u * u))
    norm_v = np.sqrt(np.sum(v * v))
    similarity = float(dot / (norm_u * norm_v))
    # YOUR CODE ENDS HERE
    return similarity
