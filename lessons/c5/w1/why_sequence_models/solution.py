"""Why sequence models? Measuring a task's input and output in time steps.

Write each function between the YOUR CODE markers. Keep the names and signatures: the tests
call them exactly like this.
"""

import numpy as np


def sequence_length(item):
    """Number of time steps in one input x or one output y.

    Arguments:
    item -- one of:
            a single label: a number or a string such as "positive" (one time step);
            a list or tuple of tokens (words, notes, tags): one time step per token;
            a numpy array whose LAST axis is time, e.g. a clip of shape (n_x, T) or a
            signal of shape (T,); a 0-d array is a single value

    Returns:
    T -- the number of time steps, a Python int
    """
    # YOUR CODE STARTS HERE
    # stub: T = None
    if isinstance(item, np.ndarray):
        T = int(item.shape[-1]) if item.ndim > 0 else 1
    elif isinstance(item, (list, tuple)):
        T = len(item)
    else:
        T = 1
    # YOUR CODE ENDS HERE
    return T


def io_lengths(x, y):
    """The lengths (T_x, T_y) of one training example (x, y).

    Arguments:
    x -- the input, in any form sequence_length accepts
    y -- the target, in any form sequence_length accepts

    Returns:
    lengths -- the tuple (T_x, T_y)
    """
    # YOUR CODE STARTS HERE
    # stub: lengths = None
    lengths = (sequence_length(x), sequence_length(y))
    # YOUR CODE ENDS HERE
    return lengths


def task_shape(T_x, T_y):
    """Name the shape of a task from its input and output lengths.

    A side with more than one time step is "many"; a side with exactly one is "one".

    Arguments:
    T_x -- number of input time steps (int >= 1)
    T_y -- number of output time steps (int >= 1)

    Returns:
    shape -- "one-to-one", "one-to-many", "many-to-one" or "many-to-many"
    """
    # YOUR CODE STARTS HERE
    # stub: shape = None
    left = "many" if T_x > 1 else "one"
    right = "many" if T_y > 1 else "one"
    shape = f"{left}-to-{right}"
    # YOUR CODE ENDS HERE
    return shape
