
def minibatch_mean_noise(Z, mini_batch_size):
    m = Z.shape[1]
    means = [np.mean(Z[:, k:k + mini_batch_size], axis=1) for k in range(0, m, mini_batch_size)]
    return np.std(np.stack(means, axis=1), axis=1, keepdims=True)
