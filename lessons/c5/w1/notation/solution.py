"""Notation: from a sentence to words, to vocabulary indices, to one-hot columns.

Write each function between the YOUR CODE markers. Keep the names and signatures: the tests
call them exactly like this.
"""

import numpy as np

PUNCTUATION = ".,;:!?\"()"
UNK = "<UNK>"
EOS = "<EOS>"


def tokenize(sentence):
    """Split a sentence into lowercase word tokens and mark its end.

    Words are separated by whitespace; punctuation from PUNCTUATION is stripped from both ends
    of each word (an apostrophe inside a word stays: "it's"); pieces that end up empty are
    dropped. The token EOS is appended as the last token.

    Arguments:
    sentence -- a string

    Returns:
    tokens -- a list of strings, the last one being EOS
    """
    # YOUR CODE STARTS HERE
    # stub: tokens = None
    tokens = []
    for word in sentence.lower().split():
        word = word.strip(PUNCTUATION)
        if word:
            tokens.append(word)
    tokens.append(EOS)
    # YOUR CODE ENDS HERE
    return tokens


def words_to_indices(words, word_to_index):
    """Look every token up in the vocabulary; a word that is not in it becomes UNK.

    Arguments:
    words -- a list of tokens (strings)
    word_to_index -- a dict from token to its index; it contains UNK and EOS

    Returns:
    indices -- a list of ints, one per token (so len(indices) == len(words))
    """
    # YOUR CODE STARTS HERE
    # stub: indices = None
    unk = word_to_index[UNK]
    indices = [word_to_index.get(word, unk) for word in words]
    # YOUR CODE ENDS HERE
    return indices


def one_hot_sequence(indices, vocab_size):
    """One-hot encode a sequence of indices as the columns of a matrix.

    Arguments:
    indices -- a list of T_x ints, each in range(vocab_size)
    vocab_size -- the number of words in the vocabulary

    Returns:
    X -- a numpy array of shape (vocab_size, T_x): column t is the one-hot vector x<t+1>,
         with a single 1.0 in row indices[t]
    """
    # YOUR CODE STARTS HERE
    # stub: X = None
    T_x = len(indices)
    X = np.zeros((vocab_size, T_x))
    X[indices, np.arange(T_x)] = 1.0
    # YOUR CODE ENDS HERE
    return X
