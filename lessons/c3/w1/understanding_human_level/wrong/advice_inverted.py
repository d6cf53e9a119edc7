def recommend(errors):
    gaps = gap_table(errors)
    return ["variance" if gaps[0, j] >= gaps[1, j] else "bias" for j in range(gaps.shape[1])]
