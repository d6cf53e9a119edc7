"""Learning rate decay: large steps early, smaller steps as training settles.

Write the two functions between the YOUR CODE markers. Epochs are counted the way the caller
counts them; the "sqrt" schedule needs epoch_num >= 1.
"""

import math


def decayed_learning_rate(learning_rate0, epoch_num, decay_rate):
    """The course's basic decay: alpha = alpha0 / (1 + decay_rate * epoch_num).

    Arguments:
    learning_rate0 -- the initial learning rate alpha0
    epoch_num -- the epoch number, an int >= 0
    decay_rate -- how fast the rate falls, a number >= 0

    Returns:
    learning_rate -- the decayed learning rate, a float
    """
    # YOUR CODE STARTS HERE
    # stub: learning_rate = None
    learning_rate = learning_rate0 / (1 + decay_rate * epoch_num)
    # YOUR CODE ENDS HERE
    return learning_rate


def scheduled_learning_rate(learning_rate0, epoch_num, method, decay_rate, interval=10):
    """The learning rate at an epoch under one of four decay schedules.

    method -- one of:
      "inverse"     alpha0 / (1 + decay_rate * epoch_num)        (use decayed_learning_rate)
      "exponential" alpha0 * decay_rate ** epoch_num             (decay_rate is a base, e.g. 0.95)
      "sqrt"        alpha0 * decay_rate / sqrt(epoch_num)        (decay_rate is the constant k)
      "staircase"   alpha0 * decay_rate ** floor(epoch_num / interval)
                    (the rate is multiplied by decay_rate once every `interval` epochs)
    Any other method raises a ValueError.

    Arguments:
    learning_rate0 -- the initial learning rate alpha0
    epoch_num -- the epoch number, an int (>= 1 for "sqrt")
    method -- the name of the schedule, a string
    decay_rate -- the schedule's constant (see above)
    interval -- epochs per stair of the "staircase" schedule

    Returns:
    learning_rate -- a float
    """
    # YOUR CODE STARTS HERE
    # stub: learning_rate = None
    if method == "inverse":
        learning_rate = decayed_learning_rate(learning_rate0, epoch_num, decay_rate)
    elif method == "exponential":
        learning_rate = learning_rate0 * decay_rate ** epoch_num
    elif method == "sqrt":
        learning_rate = learning_rate0 * decay_rate / math.sqrt(epoch_num)
    elif method == "staircase":
        learning_rate = learning_rate0 * decay_rate ** (epoch_num // interval)
    else:
        raise ValueError(f"unknown schedule {method!r}")
    # YOUR CODE ENDS HERE
    return learning_rate
