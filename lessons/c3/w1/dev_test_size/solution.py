"""Size of the dev and test sets: big enough to trust, and not a single example bigger.

Errors are fractions (0.05 means 5%). z_score is given. Write the four functions between the
YOUR CODE markers.
"""

import math
from statistics import NormalDist


def z_score(confidence):
    """Given: how many standard deviations a two-sided interval spans at this confidence.

    z_score(0.95) = 1.95996..., z_score(0.90) = 1.64485..., z_score(0.99) = 2.57583...
    """
    return NormalDist().inv_cdf(0.5 + confidence / 2)


def classic_split(m, with_test=True):
    """The rule of thumb from before the big-data era.

    With a test set: 60% train, 20% dev, 20% test. Without one: 70% train, 30% dev.
    The evaluation sets get whole examples, rounded down (m * 20 // 100, or m * 30 // 100);
    the training set gets everything that is left, so the three sizes add up to m.

    Arguments:
    m -- the number of examples, a positive int
    with_test -- whether to keep a test set, a bool

    Returns:
    sizes -- a tuple of three ints (m_train, m_dev, m_test); m_test is 0 without a test set
    """
    # YOUR CODE STARTS HERE
    # stub: sizes = None
    if with_test:
        m_dev = m_test = m * 20 // 100
    else:
        m_dev, m_test = m * 30 // 100, 0
    sizes = (m - m_dev - m_test, m_dev, m_test)
    # YOUR CODE ENDS HERE
    return sizes


def margin_of_error(error, n, confidence=0.95):
    """How far the true error may be from an error measured on n examples.

    The measured error of a classifier on n independent examples is uncertain by
        margin = z * sqrt(error * (1 - error) / n),   with z = z_score(confidence):
    the true error lies within error +/- margin at that confidence.

    Arguments:
    error -- the measured error rate, a float between 0 and 1
    n -- the number of examples it was measured on, a positive int
    confidence -- the confidence level, e.g. 0.95

    Returns:
    margin -- a float
    """
    # YOUR CODE STARTS HERE
    # stub: margin = None
    margin = z_score(confidence) * math.sqrt(error * (1 - error) / n)
    # YOUR CODE ENDS HERE
    return margin


def examples_needed(margin, error=0.5, confidence=0.95):
    """The smallest number of examples whose margin of error is at most `margin`.

    Solve margin = z * sqrt(error * (1 - error) / n) for n and round UP to a whole example:
        n = ceil(z^2 * error * (1 - error) / margin^2)
    error=0.5 is the worst case: it needs the most examples.

    Arguments:
    margin -- the precision you want, e.g. 0.01 for +/- 1%
    error -- the error rate you expect, a float between 0 and 1
    confidence -- the confidence level, e.g. 0.95

    Returns:
    n -- a Python int
    """
    # YOUR CODE STARTS HERE
    # stub: n = None
    z = z_score(confidence)
    n = math.ceil(z ** 2 * error * (1 - error) / margin ** 2)
    # YOUR CODE ENDS HERE
    return n


def split_for(m, margin=0.01, error=0.5, confidence=0.95):
    """Train / dev / test sizes for m examples, with dev and test just big enough.

    Dev and test each get examples_needed(margin, error, confidence) examples, but never
    more than the classic 20% (m * 20 // 100): with little data, the old rule wins. The
    training set gets everything that is left.

    Arguments:
    m -- the number of examples, a positive int
    margin, error, confidence -- passed on to examples_needed

    Returns:
    sizes -- a tuple of three ints (m_train, m_dev, m_test) that adds up to m
    """
    # YOUR CODE STARTS HERE
    # stub: sizes = None
    m_eval = min(examples_needed(margin, error, confidence), m * 20 // 100)
    sizes = (m - 2 * m_eval, m_eval, m_eval)
    # YOUR CODE ENDS HERE
    return sizes
