"""Basic recipe for machine learning: from a diagnosis to the next thing to try.

A diagnosis is one of the four strings of the bias / variance lesson. diagnose() is given
(it is the function you wrote there). Write the two functions between the YOUR CODE markers.
"""

HIGH_BIAS = "high bias"
HIGH_VARIANCE = "high variance"
BOTH = "high bias and high variance"
NEITHER = "low bias and low variance"

BIAS_FIXES = ["bigger network", "train longer", "try another architecture"]
VARIANCE_FIXES = ["get more data", "regularization", "try another architecture"]


def diagnose(train_error, dev_error, bayes_error=0.0, threshold=0.02):
    """Given: the diagnosis of the bias / variance lesson."""
    high_bias = train_error - bayes_error > threshold
    high_variance = dev_error - train_error > threshold
    if high_bias and high_variance:
        return BOTH
    if high_bias:
        return HIGH_BIAS
    if high_variance:
        return HIGH_VARIANCE
    return NEITHER


def next_actions(diagnosis):
    """What the basic recipe tries next.

    The recipe asks about bias FIRST: as long as the model cannot fit its training set,
    fix that. Only a model with acceptable bias moves on to the variance question. A model
    with neither problem is done.

    Arguments:
    diagnosis -- one of HIGH_BIAS, HIGH_VARIANCE, BOTH, NEITHER

    Returns:
    actions -- a new list: a copy of BIAS_FIXES or of VARIANCE_FIXES, or [] when done
    """
    # YOUR CODE STARTS HERE
    # stub: actions = None
    if diagnosis in (HIGH_BIAS, BOTH):
        actions = list(BIAS_FIXES)
    elif diagnosis == HIGH_VARIANCE:
        actions = list(VARIANCE_FIXES)
    else:
        actions = []
    # YOUR CODE ENDS HERE
    return actions


def follow_recipe(measurements, bayes_error=0.0, threshold=0.02):
    """Replay the recipe over a project's history.

    After each round of changes the model was measured again. For each round, diagnose the
    measured errors and record next_actions for that diagnosis. The recipe stops at the
    first round that needs nothing more (its actions are []): record that [] and ignore any
    later measurements.

    Arguments:
    measurements -- a list of (train_error, dev_error) pairs, one per round, in order
    bayes_error, threshold -- passed on to diagnose

    Returns:
    plan -- a list with one list of actions per round that was looked at
    """
    # YOUR CODE STARTS HERE
    # stub: plan = None
    plan = []
    for train_error, dev_error in measurements:
        actions = next_actions(diagnose(train_error, dev_error, bayes_error, threshold))
        plan.append(actions)
        if not actions:
            break
    # YOUR CODE ENDS HERE
    return plan
