
def minibatch_mean_noise(Z, mini_batch_size):
    n, m = Z.shape
    num_batches = m // mini_batch_size
    batches = Z[:, :num_batches * mini_batch_size].reshape(n, mini_batch_size, num_batches)
    return np.std(np.mean(batches, axis=1), axis=1, keepdims=True)
