
def dropout_moments(w, a, keep_prob):
    contributions = w.T * a
    return (float(np.sum(contributions)),
            float(keep_prob * (1 - keep_prob) * np.sum(contributions ** 2)))
