"""Bias / variance: read a model's problem off two numbers, its train and dev errors.

Errors are fractions: 0.15 means 15% of the examples are misclassified. The Bayes error is
the best error any classifier could reach (human error is a good stand-in for it).
Write the two functions between the YOUR CODE markers.
"""

HIGH_BIAS = "high bias"
HIGH_VARIANCE = "high variance"
BOTH = "high bias and high variance"
NEITHER = "low bias and low variance"


def bias_and_variance(train_error, dev_error, bayes_error=0.0):
    """Split a model's dev error into its avoidable bias and its variance.

    Arguments:
    train_error -- the error on the training set, a float in [0, 1]
    dev_error -- the error on the dev set, a float in [0, 1]
    bayes_error -- the best achievable error, a float in [0, 1] (0.0 by default)

    Returns:
    gaps -- the tuple (avoidable_bias, variance):
            avoidable_bias = how far the TRAINING error is above the Bayes error,
            variance = how far the DEV error is above the training error
    """
    # YOUR CODE STARTS HERE
    # stub: gaps = None
    avoidable_bias = train_error - bayes_error
    variance = dev_error - train_error
    gaps = (avoidable_bias, variance)
    # YOUR CODE ENDS HERE
    return gaps


def diagnose(train_error, dev_error, bayes_error=0.0, threshold=0.02):
    """Name the model's problem.

    A gap counts as "high" when it is strictly greater than threshold.

    Arguments:
    train_error, dev_error, bayes_error -- as in bias_and_variance
    threshold -- the largest gap that is still acceptable, a float

    Returns:
    diagnosis -- one of the four strings HIGH_BIAS, HIGH_VARIANCE, BOTH, NEITHER
    """
    # YOUR CODE STARTS HERE
    # stub: diagnosis = None
    avoidable_bias, variance = bias_and_variance(train_error, dev_error, bayes_error)
    high_bias = avoidable_bias > threshold
    high_variance = variance > threshold
    if high_bias and high_variance:
        diagnosis = BOTH
    elif high_bias:
        diagnosis = HIGH_BIAS
    elif high_variance:
        diagnosis = HIGH_VARIANCE
    else:
        diagnosis = NEITHER
    # YOUR CODE ENDS HERE
    return diagnosis
