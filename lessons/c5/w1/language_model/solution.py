"""Language model: the probability of a sentence as a product of next-word probabilities.

Write each function between the YOUR CODE markers. Keep the names and signatures: the tests
call them exactly like this.

Layout: a vocabulary of n_v words (indices 0 .. n_v - 1). A sentence is a list of T_y word
indices, its last word usually <EOS>. Distributions over the vocabulary are COLUMNS.
"""

import numpy as np


def predicted_distributions(indices, start, table):
    """The model's prediction yhat<t> at every step of a sentence, from a next-word table.

    Step 1 has no previous word and uses `start`. Step t > 1 uses the column of `table` for the
    word the sentence actually had at step t - 1 (like an RNN whose input x<t> is y<t-1>).

    Arguments:
    indices -- list of T_y word indices, the sentence y<1> .. y<Ty>
    start -- numpy array of shape (n_v,): P(first word)
    table -- numpy array of shape (n_v, n_v): table[k, j] = P(next word is k | previous is j),
             so each COLUMN sums to 1

    Returns:
    y_hat -- numpy array of shape (n_v, T_y): column t is the distribution used for word t + 1
    """
    # YOUR CODE STARTS HERE
    # stub: y_hat = None
    T_y = len(indices)
    y_hat = np.zeros((start.shape[0], T_y))
    y_hat[:, 0] = start
    for t in range(1, T_y):
        y_hat[:, t] = table[:, indices[t - 1]]
    # YOUR CODE ENDS HERE
    return y_hat


def word_probabilities(y_hat, indices):
    """The probability the model gave to the word that actually came at each step.

    Arguments:
    y_hat -- numpy array of shape (n_v, T_y), one predicted distribution per column
    indices -- list of T_y word indices

    Returns:
    p -- numpy array of shape (T_y,) with p[t] = y_hat[indices[t], t]
    """
    # YOUR CODE STARTS HERE
    # stub: p = None
    p = y_hat[indices, np.arange(len(indices))]
    # YOUR CODE ENDS HERE
    return p


def sentence_log_probability(y_hat, indices):
    """log P(sentence) = sum over t of log P(y<t> | y<1> .. y<t-1>), computed as a sum of logs
    so that long sentences do not underflow.

    Arguments:
    y_hat -- numpy array of shape (n_v, T_y)
    indices -- list of T_y word indices

    Returns:
    log_p -- a Python float (natural logarithm), at most 0
    """
    # YOUR CODE STARTS HERE
    # stub: log_p = None
    log_p = float(np.sum(np.log(word_probabilities(y_hat, indices))))
    # YOUR CODE ENDS HERE
    return log_p
