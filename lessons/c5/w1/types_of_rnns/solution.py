"""Different types of RNNs: naming an architecture, counting its outputs, placing them in time.

Write each function between the YOUR CODE markers. Keep the names and signatures: the tests
call them exactly like this. Return the constants below, not strings you type yourself.
"""

ONE_TO_ONE = "one-to-one"
ONE_TO_MANY = "one-to-many"
MANY_TO_ONE = "many-to-one"
MANY_TO_MANY_EQUAL = "many-to-many-equal"
MANY_TO_MANY_UNEQUAL = "many-to-many-unequal"
ARCHITECTURES = (ONE_TO_ONE, ONE_TO_MANY, MANY_TO_ONE, MANY_TO_MANY_EQUAL, MANY_TO_MANY_UNEQUAL)


def classify_architecture(T_x, T_y):
    """The RNN architecture that fits an input of T_x steps and an output of T_y steps.

    Arguments:
    T_x -- number of input steps (int >= 1)
    T_y -- number of output steps (int >= 1)

    Returns:
    architecture -- one of the five constants: ONE_TO_ONE, ONE_TO_MANY, MANY_TO_ONE,
                    MANY_TO_MANY_EQUAL (both > 1 and T_x == T_y) or MANY_TO_MANY_UNEQUAL
                    (both > 1 and T_x != T_y)
    """
    # YOUR CODE STARTS HERE
    # stub: architecture = None
    if T_x == 1 and T_y == 1:
        architecture = ONE_TO_ONE
    elif T_x == 1:
        architecture = ONE_TO_MANY
    elif T_y == 1:
        architecture = MANY_TO_ONE
    elif T_x == T_y:
        architecture = MANY_TO_MANY_EQUAL
    else:
        architecture = MANY_TO_MANY_UNEQUAL
    # YOUR CODE ENDS HERE
    return architecture


def num_outputs(architecture, T_x, T_y):
    """How many predictions yhat the unrolled network makes for one example.

    Arguments:
    architecture -- one of ARCHITECTURES
    T_x -- number of input steps
    T_y -- number of output steps (ignored where the architecture fixes it)

    Returns:
    n -- the number of predictions, an int

    Raises:
    ValueError -- if architecture is not one of ARCHITECTURES
    """
    # YOUR CODE STARTS HERE
    # stub: n = None
    if architecture not in ARCHITECTURES:
        raise ValueError(f"unknown architecture {architecture!r}")
    if architecture in (ONE_TO_ONE, MANY_TO_ONE):
        n = 1
    elif architecture == MANY_TO_MANY_EQUAL:
        n = T_x
    else:
        n = T_y
    # YOUR CODE ENDS HERE
    return n


def output_time_steps(architecture, T_x, T_y):
    """The time steps (counted from 1) of the unrolled network at which a prediction comes out.

    one-to-one: the single step. one-to-many: steps 1 .. T_y (the input enters at step 1).
    many-to-one: only the last input step, T_x. many-to-many-equal: every step 1 .. T_x.
    many-to-many-unequal: the encoder reads steps 1 .. T_x without predicting, then the decoder
    predicts at steps T_x + 1 .. T_x + T_y.

    Arguments:
    architecture -- one of ARCHITECTURES
    T_x -- number of input steps
    T_y -- number of output steps

    Returns:
    steps -- a list of ints in increasing order, len(steps) == num_outputs(...)
    """
    # YOUR CODE STARTS HERE
    # stub: steps = None
    if architecture == ONE_TO_ONE:
        steps = [1]
    elif architecture == ONE_TO_MANY:
        steps = list(range(1, T_y + 1))
    elif architecture == MANY_TO_ONE:
        steps = [T_x]
    elif architecture == MANY_TO_MANY_EQUAL:
        steps = list(range(1, T_x + 1))
    elif architecture == MANY_TO_MANY_UNEQUAL:
        steps = list(range(T_x + 1, T_x + T_y + 1))
    else:
        raise ValueError(f"unknown architecture {architecture!r}")
    # YOUR CODE ENDS HERE
    return steps
