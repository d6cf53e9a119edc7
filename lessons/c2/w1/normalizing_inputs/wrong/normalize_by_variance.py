
def normalize_inputs(X, mu, sigma2, epsilon=1e-8):
    return (X - mu) / (sigma2 + epsilon)
