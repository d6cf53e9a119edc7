def error_fractions(p_stars, p_hats):
    counts = {"beam search": 0, "RNN": 0}
    for p_star, p_hat in zip(p_stars, p_hats, strict=True):
        counts[attribute_error(p_star, p_hat)] += 1  # noqa: F821
    return counts
