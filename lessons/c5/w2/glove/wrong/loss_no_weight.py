def glove_loss(theta, e, b, b_prime, X):
    scores = np.dot(theta.T, e) + b[:, None] + b_prime[None, :]
    seen = X > 0
    return float(np.sum((scores[seen] - np.log(X[seen])) ** 2))
