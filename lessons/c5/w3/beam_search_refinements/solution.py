"""Length normalization: comparing sentences of different lengths fairly."""


def normalized_score(log_prob, T_y, alpha):
    """The length-normalized objective (1 / T_y^alpha) * sum_t log P(y<t> | x, y<1..t-1>).

    Arguments:
    log_prob -- the sentence's total log-probability (the sum over its words, EOS included)
    T_y -- the number of words of the sentence (EOS included)
    alpha -- 0 means no normalization, 1 means full normalization (the average log-probability)

    Returns:
    score -- a float; higher is better
    """
    # YOUR CODE STARTS HERE
    # stub: score = None
    score = log_prob / T_y ** alpha
    # YOUR CODE ENDS HERE
    return score


def pick_best(candidates, alpha):
    """Choose the final translation among the finished sentences that beam search kept.

    Arguments:
    candidates -- list of (sentence, log_prob): sentence a tuple of word indices (EOS included),
                  log_prob its total log-probability
    alpha -- the length-normalization exponent

    Returns:
    best -- the pair (sentence, score) with the highest normalized_score, where T_y = len(sentence)
    """
    # YOUR CODE STARTS HERE
    # stub: best = None
    best = None
    for sentence, log_prob in candidates:
        score = normalized_score(log_prob, len(sentence), alpha)
        if best is None or score > best[1]:
            best = (sentence, score)
    # YOUR CODE ENDS HERE
    return best
