def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log10(A2), Y) + np.multiply(np.log10(1 - A2), 1 - Y)
    return float(np.squeeze(-np.sum(logprobs) / m))
