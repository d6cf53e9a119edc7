def error_fractions(p_stars, p_hats):
    counts = {"beam search": 0, "RNN": 0}
    for i in range(len(p_stars) - 1):
        counts[attribute_error(p_stars[i], p_hats[i])] += 1  # noqa: F821
    m = len(p_stars) - 1
    return {key: count / m for key, count in counts.items()}
