
def carve_train_dev(X_train, Y_train, m_train_dev, seed=0):
    permutation = np.random.default_rng(seed).permutation(X_train.shape[1])
    held_out = permutation[:m_train_dev]
    return (X_train, Y_train, X_train[:, held_out], Y_train[:, held_out])
