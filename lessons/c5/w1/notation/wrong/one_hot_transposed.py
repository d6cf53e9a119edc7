
def one_hot_sequence(indices, vocab_size):
    return np.eye(vocab_size)[indices]
