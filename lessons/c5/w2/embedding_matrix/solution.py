"""The embedding matrix: E times a one-hot vector picks out a column, so we index instead.

Write each function between the YOUR CODE markers. Keep the names and signatures.
"""

import numpy as np

# a tiny embedding matrix for the worked example: n_e = 3 features, vocabulary of 5 words
VOCAB = ["a", "glass", "of", "orange", "juice"]
E_SMALL = np.array([
    [0.2, -0.5, 0.1, 0.9, 0.7],
    [0.0, 0.3, -0.2, 0.8, 0.6],
    [1.0, 0.4, 0.9, -0.1, 0.0],
])


def one_hot_matrix(indices, vocab_size):
    """One one-hot column per word of a sequence.

    Arguments:
    indices -- list of T word positions, each 0 <= index < vocab_size (repeats allowed)
    vocab_size -- the number of words in the vocabulary

    Returns:
    O -- numpy array of shape (vocab_size, T): column t is the one-hot vector of indices[t]
    """
    # YOUR CODE STARTS HERE
    # stub: O = None
    O = np.zeros((vocab_size, len(indices)))
    O[indices, np.arange(len(indices))] = 1.0
    # YOUR CODE ENDS HERE
    return O


def embedding_lookup(E, indices):
    """The embeddings of a sequence of words, by indexing E (no matrix product).

    Arguments:
    E -- numpy array of shape (n_e, vocab_size), the embedding matrix
    indices -- list of T word positions

    Returns:
    X -- numpy array of shape (n_e, T), equal to E @ one_hot_matrix(indices, vocab_size)
    """
    # YOUR CODE STARTS HERE
    # stub: X = None
    X = E[:, indices]
    # YOUR CODE ENDS HERE
    return X
