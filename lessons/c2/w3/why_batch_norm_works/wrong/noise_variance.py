
def minibatch_mean_noise(Z, mini_batch_size):
    n, m = Z.shape
    num_batches = m // mini_batch_size
    batches = Z[:, :num_batches * mini_batch_size].reshape(n, num_batches, mini_batch_size)
    return np.var(np.mean(batches, axis=2), axis=1, keepdims=True)
