
def make_mini_batches(X, Y, mini_batch_size, permutation):
    mini_batches = []
    for start in range(0, X.shape[1], mini_batch_size):
        end = start + mini_batch_size
        mini_batches.append((X[:, start:end], Y[:, start:end]))
    return mini_batches
