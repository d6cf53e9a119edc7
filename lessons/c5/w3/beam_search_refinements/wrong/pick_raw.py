def pick_best(candidates, alpha):
    best = None
    for sentence, log_prob in candidates:
        if best is None or log_prob > best[1]:
            best = (sentence, log_prob)
    return (best[0], normalized_score(best[1], len(best[0]), alpha))  # noqa: F821
