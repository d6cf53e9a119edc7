def modified_precision(candidate, references, n):
    cand = ngram_counts(candidate, n)  # noqa: F821
    total = sum(cand.values())
    if total == 0:
        return 0.0
    ref_counts = [ngram_counts(ref, n) for ref in references]  # noqa: F821
    clipped = 0
    for gram, count in cand.items():
        clipped += min(count, sum(rc.get(gram, 0) for rc in ref_counts))
    return clipped / total
