"""Orthogonalization: one symptom, one knob.

A model has to get four things right, in this order, and each has its own set of knobs:
    TRAIN       -- fit the training set well (close to the target, e.g. human-level error)
    DEV         -- fit the dev set well (not much worse than the training set)
    TEST        -- fit the test set well (not much worse than the dev set)
    REAL_WORLD  -- do well for the users (the dev/test target is the right one)
Errors are fractions: 0.08 means 8%. Write the three functions between the YOUR CODE markers.
"""

TRAIN = "train"
DEV = "dev"
TEST = "test"
REAL_WORLD = "real world"
STEPS = (TRAIN, DEV, TEST, REAL_WORLD)

# The knobs of the course, one name each.
BIGGER_NETWORK = "bigger network"
BETTER_OPTIMIZER = "better optimization algorithm"
REGULARIZATION = "regularization"
BIGGER_TRAIN_SET = "bigger training set"
BIGGER_DEV_SET = "bigger dev set"
CHANGE_DEV_SET = "change the dev set"
CHANGE_COST = "change the cost function"
EARLY_STOPPING = "early stopping"


def first_failing_step(train_error, dev_error, test_error, users_happy,
                       target_error=0.0, tolerance=0.02):
    """The first step of the chain that goes wrong, or None when all four are fine.

    Each step is judged against the step before it:
        TRAIN fails      when train_error - target_error > tolerance
        DEV fails        when dev_error - train_error > tolerance
        TEST fails       when test_error - dev_error > tolerance
        REAL_WORLD fails when the users are not happy (users_happy is False)
    Check them in that order and return the first one that fails.

    Arguments:
    train_error, dev_error, test_error -- the measured errors, floats
    users_happy -- whether the model does well in real use, a bool
    target_error -- the error we aim for on the training set (e.g. human-level), a float
    tolerance -- how much worse than its reference a step may be, a float

    Returns:
    step -- one of TRAIN, DEV, TEST, REAL_WORLD, or None
    """
    # YOUR CODE STARTS HERE
    # stub: step = None
    if train_error - target_error > tolerance:
        step = TRAIN
    elif dev_error - train_error > tolerance:
        step = DEV
    elif test_error - dev_error > tolerance:
        step = TEST
    elif not users_happy:
        step = REAL_WORLD
    else:
        step = None
    # YOUR CODE ENDS HERE
    return step


def knobs_for(step):
    """The orthogonal knobs that fix one step of the chain (see the explanation).

    Use the knob constants defined at the top of this file. Early stopping is not on any
    list: it moves the training fit and the dev fit at the same time.

    Arguments:
    step -- one of TRAIN, DEV, TEST, REAL_WORLD, or None (nothing to fix)

    Returns:
    knobs -- a new list of knob names for that step, in any order; [] for None
    """
    # YOUR CODE STARTS HERE
    # stub: knobs = None
    if step == TRAIN:
        knobs = [BIGGER_NETWORK, BETTER_OPTIMIZER]
    elif step == DEV:
        knobs = [REGULARIZATION, BIGGER_TRAIN_SET]
    elif step == TEST:
        knobs = [BIGGER_DEV_SET]
    elif step == REAL_WORLD:
        knobs = [CHANGE_DEV_SET, CHANGE_COST]
    else:
        knobs = []
    # YOUR CODE ENDS HERE
    return knobs


def moved_steps(before, after, tolerance=0.005):
    """Which steps a change of knob moved: an orthogonal knob moves exactly one.

    Each step has one symptom:
        TRAIN -- the training error itself
        DEV   -- the gap dev_error - train_error
        TEST  -- the gap test_error - dev_error
    A step moved when its symptom changed by more than tolerance, up or down.

    Arguments:
    before -- (train_error, dev_error, test_error) before the change
    after -- (train_error, dev_error, test_error) after the change
    tolerance -- changes this small or smaller count as noise, a float

    Returns:
    moved -- the list of steps that moved, in the order TRAIN, DEV, TEST
    """
    # YOUR CODE STARTS HERE
    # stub: moved = None
    def symptoms(errors):
        train_error, dev_error, test_error = errors
        return (train_error, dev_error - train_error, test_error - dev_error)

    moved = [step for step, old, new in zip((TRAIN, DEV, TEST), symptoms(before),
                                            symptoms(after), strict=True)
             if abs(new - old) > tolerance]
    # YOUR CODE ENDS HERE
    return moved
