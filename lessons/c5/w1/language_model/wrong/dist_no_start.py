
def predicted_distributions(indices, start, table):
    y_hat = np.zeros((start.shape[0], len(indices)))
    for t in range(len(indices)):
        y_hat[:, t] = table[:, indices[t - 1]]
    return y_hat
