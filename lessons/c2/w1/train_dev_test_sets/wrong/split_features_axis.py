
def shuffle_split(X, Y, sizes, seed=0):
    m_train, m_dev, m_test = sizes
    np.random.seed(seed)
    permutation = np.random.permutation(X.shape[0])
    X_shuffled = X[:, permutation]
    Y_shuffled = Y[:, permutation]
    dev_end = m_train + m_dev
    test_end = dev_end + m_test
    return (X_shuffled[:, :m_train], Y_shuffled[:, :m_train],
            X_shuffled[:, m_train:dev_end], Y_shuffled[:, m_train:dev_end],
            X_shuffled[:, dev_end:test_end], Y_shuffled[:, dev_end:test_end])
