def glove_loss(theta, e, b, b_prime, X):
    scores = np.dot(theta.T, e) + b[:, None] + b_prime[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(np.sum(glove_weight(X) * (scores - np.log(X)) ** 2))
