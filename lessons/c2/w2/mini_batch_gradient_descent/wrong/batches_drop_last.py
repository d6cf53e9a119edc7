
def make_mini_batches(X, Y, mini_batch_size, permutation):
    shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
    num_complete = X.shape[1] // mini_batch_size
    mini_batches = []
    for k in range(num_complete):
        cols = slice(k * mini_batch_size, (k + 1) * mini_batch_size)
        mini_batches.append((shuffled_X[:, cols], shuffled_Y[:, cols]))
    return mini_batches
