"""Error analysis for a translator: is the search to blame, or the model?"""


def attribute_error(p_star, p_hat):
    """Decide which part of the system caused one wrong translation.

    Arguments:
    p_star -- P(y* | x), the model's probability of the human (correct) translation y*
    p_hat -- P(yhat | x), the model's probability of the translation beam search returned

    Returns:
    culprit -- "beam search" if the model prefers y* (p_star > p_hat): the search missed it;
               otherwise "RNN": the model itself rated the wrong sentence at least as high
    """
    # YOUR CODE STARTS HERE
    # stub: culprit = None
    culprit = "beam search" if p_star > p_hat else "RNN"
    # YOUR CODE ENDS HERE
    return culprit


def error_fractions(p_stars, p_hats):
    """Attribute every mistranslated dev example and return the share of each culprit.

    Arguments:
    p_stars -- sequence of P(y* | x), one per mistranslated dev example
    p_hats -- sequence of P(yhat | x), same length

    Returns:
    fractions -- dict {"beam search": f_b, "RNN": f_r}, fractions of the examples; f_b + f_r = 1
    """
    # YOUR CODE STARTS HERE
    # stub: fractions = None
    counts = {"beam search": 0, "RNN": 0}
    for p_star, p_hat in zip(p_stars, p_hats, strict=True):
        counts[attribute_error(p_star, p_hat)] += 1
    m = len(p_stars)
    fractions = {key: count / m for key, count in counts.items()}
    # YOUR CODE ENDS HERE
    return fractions
