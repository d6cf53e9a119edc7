
def carve_train_dev(X_train, Y_train, m_train_dev, seed=0):
    permutation = np.random.default_rng(seed).permutation(X_train.shape[1])
    held_out, kept = permutation[:m_train_dev], permutation[m_train_dev:]
    return (X_train[:, kept], Y_train[:, m_train_dev:], X_train[:, held_out],
            Y_train[:, :m_train_dev])
