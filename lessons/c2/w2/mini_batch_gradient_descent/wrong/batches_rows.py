
def make_mini_batches(X, Y, mini_batch_size, permutation):
    shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
    mini_batches = []
    for start in range(0, X.shape[1], mini_batch_size):
        end = start + mini_batch_size
        mini_batches.append((shuffled_X[start:end], shuffled_Y[start:end]))
    return mini_batches
