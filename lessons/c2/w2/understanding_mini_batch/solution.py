"""Understanding mini-batch gradient descent: how many steps an epoch takes, and which size to pick.

Write the two functions between the YOUR CODE markers.
"""


def steps_per_epoch(m, mini_batch_size):
    """How many gradient steps one epoch takes: one per mini-batch, the partial one included.

    Arguments:
    m -- number of training examples, a positive int
    mini_batch_size -- examples per mini-batch, a positive int (it may exceed m)

    Returns:
    steps -- int, the number of mini-batches (and so of parameter updates) in one epoch
    """
    # YOUR CODE STARTS HERE
    # stub: steps = None
    steps = (m + mini_batch_size - 1) // mini_batch_size
    # YOUR CODE ENDS HERE
    return steps


def choose_mini_batch_size(m, max_in_memory):
    """Pick a mini-batch size with the course's rules of thumb.

    1. A small training set (m <= 2000) that fits in memory is used whole: batch gradient
       descent, mini_batch_size = m.
    2. Otherwise use a power of two: the largest of 512, 256, 128, 64 that fits in memory
       (size <= max_in_memory). If not even 64 fits, keep halving: 32, 16, ..., down to 1.

    Arguments:
    m -- number of training examples, a positive int
    max_in_memory -- how many examples fit in the CPU/GPU memory at once, a positive int

    Returns:
    size -- int, the chosen mini-batch size
    """
    # YOUR CODE STARTS HERE
    # stub: size = None
    if m <= 2000 and m <= max_in_memory:
        size = m
    else:
        size = 512
        while size > max_in_memory:
            size //= 2
    # YOUR CODE ENDS HERE
    return size
