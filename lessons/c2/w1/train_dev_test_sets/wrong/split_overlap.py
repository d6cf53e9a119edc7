
def shuffle_split(X, Y, sizes, seed=0):
    m_train, m_dev, m_test = sizes
    m = X.shape[1]
    np.random.seed(seed)
    permutation = np.random.permutation(m)
    X_shuffled = X[:, permutation]
    Y_shuffled = Y[:, permutation]
    return (X_shuffled[:, :m_train], Y_shuffled[:, :m_train],
            X_shuffled[:, m_train:m_train + m_dev], Y_shuffled[:, m_train:m_train + m_dev],
            X_shuffled[:, m - m_test - 1:m - 1], Y_shuffled[:, m - m_test - 1:m - 1])
