"""Training and testing on different distributions: when the data you care about is scarce,
aim the dev and test sets at it and let the training set take everything else.

The running example: 200,000 cat pictures crawled from the web (plenty, but not what users
upload) and 10,000 pictures taken with the app on phones (the target, but few).
Data uses the course's layout: one example per COLUMN, X has shape (n_x, m), Y has (1, m).
Write the three functions between the YOUR CODE markers.
"""

import numpy as np


def mobile_in_shuffled_dev(m_web, m_mobile, m_dev):
    """How many mobile pictures a dev set of m_dev examples would hold, on average, if you
    pooled all the pictures, shuffled them and cut the dev set at random.

    Arguments:
    m_web -- number of web pictures, an int
    m_mobile -- number of mobile pictures, an int
    m_dev -- size of the dev set, an int

    Returns:
    expected -- the expected number of mobile pictures in the dev set, a float
    """
    # YOUR CODE STARTS HERE
    # stub: expected = None
    expected = m_dev * m_mobile / (m_web + m_mobile)
    # YOUR CODE ENDS HERE
    return expected


def split_sizes(m_web, m_mobile):
    """The course's split: dev and test are mobile only, a quarter of the mobile pictures
    each (m_mobile // 4); the training set gets ALL the web pictures plus the remaining
    mobile pictures.

    Arguments:
    m_web -- number of web pictures, an int
    m_mobile -- number of mobile pictures, an int

    Returns:
    sizes -- a tuple of three ints (m_train, m_dev, m_test), adding up to m_web + m_mobile
    """
    # YOUR CODE STARTS HERE
    # stub: sizes = None
    m_dev = m_mobile // 4
    sizes = (m_web + m_mobile - 2 * m_dev, m_dev, m_dev)
    # YOUR CODE ENDS HERE
    return sizes


def split_web_and_mobile(X_web, Y_web, X_mobile, Y_mobile, seed=0):
    """Build the train, dev and test sets the course's way.

    Shuffle the MOBILE examples only, with one permutation drawn exactly like this:
        rng = np.random.default_rng(seed)
        permutation = rng.permutation(m_mobile)
    The first m_dev shuffled mobile columns are the dev set, the next m_dev the test set
    (m_dev as in split_sizes). The training set is all the web columns followed by the
    remaining shuffled mobile columns. Labels move with their examples.

    Arguments:
    X_web, Y_web -- web data (n_x, m_web) and labels (1, m_web)
    X_mobile, Y_mobile -- mobile data (n_x, m_mobile) and labels (1, m_mobile)
    seed -- the seed of the shuffle, an int

    Returns:
    split -- the tuple (X_train, Y_train, X_dev, Y_dev, X_test, Y_test)
    """
    # YOUR CODE STARTS HERE
    # stub: split = None
    m_mobile = X_mobile.shape[1]
    _, m_dev, m_test = split_sizes(X_web.shape[1], m_mobile)
    rng = np.random.default_rng(seed)
    permutation = rng.permutation(m_mobile)
    X_shuffled, Y_shuffled = X_mobile[:, permutation], Y_mobile[:, permutation]
    test_end = m_dev + m_test
    X_train = np.concatenate([X_web, X_shuffled[:, test_end:]], axis=1)
    Y_train = np.concatenate([Y_web, Y_shuffled[:, test_end:]], axis=1)
    split = (X_train, Y_train, X_shuffled[:, :m_dev], Y_shuffled[:, :m_dev],
             X_shuffled[:, m_dev:test_end], Y_shuffled[:, m_dev:test_end])
    # YOUR CODE ENDS HERE
    return split
