
def dropout_moments(w, a, keep_prob):
    contributions = w * a
    return (float(np.sum(contributions)),
            float((1 - keep_prob) / keep_prob * np.sum(contributions ** 2)))
