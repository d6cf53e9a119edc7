def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(A2), Y)
    return float(np.squeeze(-np.sum(logprobs) / m))
