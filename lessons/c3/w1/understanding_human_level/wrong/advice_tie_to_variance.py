def recommend(errors):
    gaps = gap_table(errors)
    return ["bias" if gaps[0, j] > gaps[1, j] else "variance" for j in range(gaps.shape[1])]
