
def dropout_moments(w, a, keep_prob):
    return (float(np.dot(w, a).item()),
            float((1 - keep_prob) / keep_prob * np.sum(w ** 2)))
