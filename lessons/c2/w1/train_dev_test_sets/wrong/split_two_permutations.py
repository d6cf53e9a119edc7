
def shuffle_split(X, Y, sizes, seed=0):
    m_train, m_dev, m_test = sizes
    m = X.shape[1]
    np.random.seed(seed)
    X_shuffled = X[:, np.random.permutation(m)]
    Y_shuffled = Y[:, np.random.permutation(m)]
    dev_end = m_train + m_dev
    test_end = dev_end + m_test
    return (X_shuffled[:, :m_train], Y_shuffled[:, :m_train],
            X_shuffled[:, m_train:dev_end], Y_shuffled[:, m_train:dev_end],
            X_shuffled[:, dev_end:test_end], Y_shuffled[:, dev_end:test_end])
