
def split_web_and_mobile(X_web, Y_web, X_mobile, Y_mobile, seed=0):
    m_mobile = X_mobile.shape[1]
    m_dev = m_mobile // 4
    permutation = np.random.default_rng(seed).permutation(m_mobile)
    X_shuffled = X_mobile[:, permutation]
    end = 2 * m_dev
    X_train = np.concatenate([X_web, X_shuffled[:, end:]], axis=1)
    Y_train = np.concatenate([Y_web, Y_mobile[:, end:]], axis=1)
    return (X_train, Y_train, X_shuffled[:, :m_dev], Y_mobile[:, :m_dev],
            X_shuffled[:, m_dev:end], Y_mobile[:, m_dev:end])
