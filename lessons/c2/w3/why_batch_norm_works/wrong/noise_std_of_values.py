
def minibatch_mean_noise(Z, mini_batch_size):
    return np.std(Z, axis=1, keepdims=True)
