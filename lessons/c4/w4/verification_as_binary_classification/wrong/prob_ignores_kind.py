

def verification_probability(F1, F2, w, b, kind="abs"):
    return sigmoid(pair_features(F1, F2) @ w + b)
