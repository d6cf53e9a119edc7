"""Using word embeddings: turn a sentence into embedding columns and tag it with them.

Write each function between the YOUR CODE markers. Keep the names and signatures.

VOCAB and E below are a tiny hand-made embedding table for this lesson (no downloads).
The four designed features are: is-a-name, is-a-fruit, about-farming, is-a-small-word.
"""

import numpy as np

VOCAB = ["<unk>", "sally", "johnson", "robert", "lin", "is", "an", "a",
         "orange", "apple", "durian", "farmer", "cultivator"]

# E has shape (4, 13): column j is the vector of VOCAB[j]
E = np.array([
    # unk  sally johns robert lin   is    an    a    orange apple durian farmer cultiv
    [0.0, 0.95, 0.90, 0.93, 0.88, 0.00, 0.00, 0.00, 0.05, 0.02, 0.00, 0.10, 0.08],
    [0.0, 0.00, 0.01, 0.00, 0.02, 0.00, 0.00, 0.00, 0.96, 0.97, 0.90, 0.05, 0.04],
    [0.0, 0.02, 0.00, 0.01, 0.00, 0.00, 0.00, 0.00, 0.30, 0.28, 0.25, 0.92, 0.85],
    [0.0, 0.00, 0.00, 0.00, 0.00, 0.90, 0.95, 0.97, 0.00, 0.00, 0.00, 0.00, 0.00],
])


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def embed_sentence(words, vocab, E):
    """Stack the embedding of every word of a sentence as the columns of a matrix.

    Arguments:
    words -- list of T lowercase words
    vocab -- list of the vocabulary's words; vocab[j] is described by column j of E.
             It contains "<unk>", which stands for every word not in the list.
    E -- numpy array of shape (n_e, len(vocab)), the embedding matrix

    Returns:
    X -- numpy array of shape (n_e, T): column t is the embedding of words[t]
    """
    # YOUR CODE STARTS HERE
    # stub: X = None
    index = {word: j for j, word in enumerate(vocab)}
    unk = index["<unk>"]
    columns = [index.get(word, unk) for word in words]
    X = E[:, columns]
    # YOUR CODE ENDS HERE
    return X


def tag_probabilities(X, w, b):
    """Probability that each word of a sentence is part of a person's name.

    Arguments:
    X -- numpy array of shape (n_e, T), the embedded sentence (one column per word)
    w -- numpy array of shape (n_e, 1), the tagger's weights
    b -- a scalar, the tagger's bias

    Returns:
    p -- numpy array of shape (1, T): p[0, t] = sigmoid(w^T x<t> + b)
    """
    # YOUR CODE STARTS HERE
    # stub: p = None
    p = sigmoid(np.dot(w.T, X) + b)
    # YOUR CODE ENDS HERE
    return p
