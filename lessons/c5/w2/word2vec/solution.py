"""Word2Vec, the skip-gram model: context/target pairs and a softmax over the vocabulary.

Write each function between the YOUR CODE markers. Keep the names and signatures.
"""

import numpy as np


def skipgram_pairs(indices, window):
    """All (context, target) pairs of a sentence: each target lies within `window` words of its context.

    Arguments:
    indices -- list of the sentence's word positions in the vocabulary, in reading order
    window -- how many words to the left and to the right may be chosen as the target

    Returns:
    pairs -- list of (context_word, target_word) tuples, ordered by the context's position,
             then by the target's position; a word is never its own target position
    """
    # YOUR CODE STARTS HERE
    # stub: pairs = None
    pairs = []
    T = len(indices)
    for c in range(T):
        for t in range(max(0, c - window), min(T, c + window + 1)):
            if t != c:
                pairs.append((indices[c], indices[t]))
    # YOUR CODE ENDS HERE
    return pairs


def skipgram_probabilities(e_c, theta):
    """p(t | c) for every target word t of the vocabulary: softmax(theta^T e_c), column by column.

    Arguments:
    e_c -- numpy array of shape (n_e, m): the embeddings of m context words
    theta -- numpy array of shape (n_e, vocab_size): column t is the output vector theta_t

    Returns:
    p -- numpy array of shape (vocab_size, m); column i is the distribution over targets for context i
    """
    # YOUR CODE STARTS HERE
    # stub: p = None
    z = np.dot(theta.T, e_c)
    z = z - np.max(z, axis=0, keepdims=True)
    p = np.exp(z) / np.sum(np.exp(z), axis=0, keepdims=True)
    # YOUR CODE ENDS HERE
    return p


def skipgram_loss(p, targets):
    """Average cross-entropy of the true targets: -(1/m) sum_i log p[targets[i], i].

    Arguments:
    p -- numpy array of shape (vocab_size, m), from skipgram_probabilities
    targets -- integer numpy array of shape (m,): the true target word of each example

    Returns:
    loss -- a Python float
    """
    # YOUR CODE STARTS HERE
    # stub: loss = None
    m = p.shape[1]
    loss = float(-np.sum(np.log(p[targets, np.arange(m)])) / m)
    # YOUR CODE ENDS HERE
    return loss
