def pick_best(candidates, alpha):
    best = None
    for sentence, log_prob in candidates:
        score = normalized_score(log_prob, len(sentence) - 1, alpha)  # noqa: F821
        if best is None or score > best[1]:
            best = (sentence, score)
    return best
