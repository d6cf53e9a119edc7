"""Train / dev / test sets: decide how big each set is, then shuffle and cut.

X holds one example per COLUMN, shape (n_x, m); Y holds the matching labels, shape (n_y, m).
Write the two functions between the YOUR CODE markers.
"""

import numpy as np


def split_sizes(m, max_eval=10_000):
    """How many examples go to the train, dev and test sets.

    The dev and test sets each take 20% of the data (m // 5), but never more than max_eval
    examples: they only have to be big enough to compare models and to estimate the final
    error. The training set takes everything that is left.

    Arguments:
    m -- the number of examples, a positive int
    max_eval -- the most examples the dev set (and the test set) need, an int

    Returns:
    sizes -- a tuple of three ints (m_train, m_dev, m_test) that adds up to m
    """
    # YOUR CODE STARTS HERE
    # stub: sizes = None
    m_eval = min(m // 5, max_eval)
    sizes = (m - 2 * m_eval, m_eval, m_eval)
    # YOUR CODE ENDS HERE
    return sizes


def shuffle_split(X, Y, sizes, seed=0):
    """Shuffle the examples (the columns), then cut them into train, dev and test sets.

    Shuffle with one permutation drawn exactly like this, so that results are reproducible:
        np.random.seed(seed)
        permutation = np.random.permutation(m)
    The first m_train shuffled columns are the training set, the next m_dev the dev set and
    the next m_test the test set. The labels move together with their examples.

    Arguments:
    X -- data, numpy array of shape (n_x, m)
    Y -- labels, numpy array of shape (n_y, m)
    sizes -- (m_train, m_dev, m_test), as returned by split_sizes
    seed -- the seed for the shuffle, an int

    Returns:
    split -- the tuple (X_train, Y_train, X_dev, Y_dev, X_test, Y_test)
    """
    m_train, m_dev, m_test = sizes
    # YOUR CODE STARTS HERE
    # stub: split = None
    m = X.shape[1]
    np.random.seed(seed)
    permutation = np.random.permutation(m)
    X_shuffled = X[:, permutation]
    Y_shuffled = Y[:, permutation]
    dev_end = m_train + m_dev
    test_end = dev_end + m_test
    split = (X_shuffled[:, :m_train], Y_shuffled[:, :m_train],
             X_shuffled[:, m_train:dev_end], Y_shuffled[:, m_train:dev_end],
             X_shuffled[:, dev_end:test_end], Y_shuffled[:, dev_end:test_end])
    # YOUR CODE ENDS HERE
    return split
