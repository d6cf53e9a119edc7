"""Surpassing human-level performance: what can still be concluded, and what cannot.

The best human error is only an upper bound on the Bayes error. While the training error is
above it, the difference is a fair estimate of the avoidable bias. Once the training error
drops below it, the avoidable bias is simply unknown: not zero, not negative. Unknown.

Errors are fractions: 0.005 means 0.5%. Write the three functions between the YOUR CODE
markers.
"""


def avoidable_bias_if_known(proxy, train_error):
    """The avoidable bias, or None when the model already beats the proxy.

    Arguments:
    proxy -- the best human-level error, the estimate of the Bayes error, a float
    train_error -- the training error, a float

    Returns:
    avoidable_bias -- train_error - proxy when train_error >= proxy (a float), else None
    """
    # YOUR CODE STARTS HERE
    # stub: avoidable_bias = None
    avoidable_bias = train_error - proxy if train_error >= proxy else None
    # YOUR CODE ENDS HERE
    return avoidable_bias


def diagnose(human_errors, train_error, dev_error):
    """Everything the three numbers can tell, and nothing more.

    proxy          -- the lowest human error
    avoidable_bias -- from your avoidable_bias_if_known (None when unknown)
    variance       -- dev_error - train_error (always measurable)
    focus          -- "unknown" when the avoidable bias is unknown; otherwise "bias" when the
                      avoidable bias is at least the variance, else "variance"

    Arguments:
    human_errors -- dict: who -> their error, a float
    train_error -- the training error, a float
    dev_error -- the dev error, a float

    Returns:
    report -- a dict with the keys "proxy", "avoidable_bias", "variance" and "focus"
    """
    # YOUR CODE STARTS HERE
    # stub: report = None
    proxy = min(human_errors.values())
    avoidable_bias = avoidable_bias_if_known(proxy, train_error)
    variance = dev_error - train_error
    if avoidable_bias is None:
        focus = "unknown"
    elif avoidable_bias >= variance:
        focus = "bias"
    else:
        focus = "variance"
    report = {"proxy": proxy, "avoidable_bias": avoidable_bias, "variance": variance,
              "focus": focus}
    # YOUR CODE ENDS HERE
    return report


def surpassed_levels(human_errors, model_error):
    """The human levels that a model has surpassed: those with a STRICTLY higher error.

    Arguments:
    human_errors -- dict: who -> their error, a float
    model_error -- the model's error, a float

    Returns:
    beaten -- a list of names, from the highest human error to the lowest (equal errors keep
              the order of the dict); [] when the model beats nobody
    """
    # YOUR CODE STARTS HERE
    # stub: beaten = None
    beaten = [who for who, error in human_errors.items() if error > model_error]
    beaten.sort(key=lambda who: human_errors[who], reverse=True)
    # YOUR CODE ENDS HERE
    return beaten
