"""Negative sampling: one true pair, k random "negative" pairs, and k + 1 binary classifiers.

Write each function between the YOUR CODE markers. Keep the names and signatures.
"""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def negative_sampling_distribution(counts):
    """The distribution negatives are drawn from: word frequency to the power 3/4, normalized.

    Arguments:
    counts -- numpy array of shape (vocab_size,): how often each word occurs in the text

    Returns:
    P -- numpy array of shape (vocab_size,): P[w] = counts[w]^(3/4) / sum_j counts[j]^(3/4)
    """
    # YOUR CODE STARTS HERE
    # stub: P = None
    weights = np.power(counts, 0.75)
    P = weights / np.sum(weights)
    # YOUR CODE ENDS HERE
    return P


def sample_negatives(counts, k, seed):
    """Draw k negative words (with replacement) from negative_sampling_distribution(counts).

    Arguments:
    counts -- numpy array of shape (vocab_size,) of word counts
    k -- how many negatives to draw
    seed -- an integer: make a generator with np.random.default_rng(seed) and draw with
            rng.choice(vocab_size, size=k, p=P)

    Returns:
    negatives -- integer numpy array of shape (k,), word positions
    """
    # YOUR CODE STARTS HERE
    # stub: negatives = None
    rng = np.random.default_rng(seed)
    P = negative_sampling_distribution(counts)
    negatives = rng.choice(len(counts), size=k, p=P)
    # YOUR CODE ENDS HERE
    return negatives


def negative_sampling_loss(e_c, theta_pos, theta_neg):
    """Loss of one context with its true target and k negatives.

    loss = -log sigmoid(theta_pos . e_c) - sum over the k negatives of log sigmoid(-theta_neg_i . e_c)

    Arguments:
    e_c -- numpy array of shape (n_e,): the context word's embedding
    theta_pos -- numpy array of shape (n_e,): the output vector of the true target
    theta_neg -- numpy array of shape (n_e, k): column i is the output vector of negative i

    Returns:
    loss -- a Python float
    """
    # YOUR CODE STARTS HERE
    # stub: loss = None
    positive = np.log(sigmoid(np.dot(theta_pos, e_c)))
    negative = np.sum(np.log(sigmoid(-np.dot(theta_neg.T, e_c))))
    loss = float(-(positive + negative))
    # YOUR CODE ENDS HERE
    return loss
