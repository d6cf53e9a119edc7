
def shuffle_split(X, Y, sizes, seed=0):
    m_train, m_dev, m_test = sizes
    dev_end = m_train + m_dev
    test_end = dev_end + m_test
    return (X[:, :m_train], Y[:, :m_train],
            X[:, m_train:dev_end], Y[:, m_train:dev_end],
            X[:, dev_end:test_end], Y[:, dev_end:test_end])
