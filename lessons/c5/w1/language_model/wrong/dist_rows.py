
def predicted_distributions(indices, start, table):
    y_hat = np.zeros((start.shape[0], len(indices)))
    y_hat[:, 0] = start
    for t in range(1, len(indices)):
        y_hat[:, t] = table[indices[t - 1], :]
    return y_hat
