"""Build your first system quickly, then iterate: know the score of the dumbest possible
system, and do the work in the order that gets you feedback soonest.

Labels use the course's layout: Y has shape (1, m), one column per example; labels are
non-negative ints (0/1, or class numbers 0, 1, 2, ...).
Write the two functions between the YOUR CODE markers.
"""

import numpy as np

# The loop of an ML project, in the order the work should start.
STAGES = [
    "setup",    # choose the dev/test sets and the evaluation metric: the target
    "build",    # build a first system quickly, even a crude one
    "analyze",  # bias/variance analysis and error analysis of that system
    "improve",  # the changes the analysis points to
]


def majority_baseline_error(Y_train, Y_dev):
    """Dev error of the simplest system of all: always predict the most frequent training label.

    If several labels are equally frequent in the training set, predict the smallest of them.

    Arguments:
    Y_train -- training labels, numpy array of shape (1, m_train)
    Y_dev -- dev labels, numpy array of shape (1, m_dev)

    Returns:
    error -- the fraction of dev examples whose label differs from that prediction, a float
    """
    # YOUR CODE STARTS HERE
    # stub: error = None
    majority = np.bincount(Y_train[0]).argmax()
    error = float(np.mean(Y_dev != majority))
    # YOUR CODE ENDS HERE
    return error


def first_system_plan(tasks):
    """Put a project's tasks in the order of the loop: every "setup" task first, then the
    "build" tasks, then "analyze", then "improve". Tasks of the same stage keep the order in
    which they were given. The tasks list itself is left unchanged.

    Arguments:
    tasks -- a list of (name, stage) tuples; name is a str, stage is one of STAGES

    Returns:
    plan -- a list of the task names, in the order to do them
    """
    # YOUR CODE STARTS HERE
    # stub: plan = None
    ordered = sorted(tasks, key=lambda task: STAGES.index(task[1]))
    plan = [name for name, stage in ordered]
    # YOUR CODE ENDS HERE
    return plan
