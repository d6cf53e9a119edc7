
def split_web_and_mobile(X_web, Y_web, X_mobile, Y_mobile, seed=0):
    X = np.concatenate([X_web, X_mobile], axis=1)
    Y = np.concatenate([Y_web, Y_mobile], axis=1)
    m_dev = X_mobile.shape[1] // 4
    permutation = np.random.default_rng(seed).permutation(X.shape[1])
    X, Y = X[:, permutation], Y[:, permutation]
    end = 2 * m_dev
    return (X[:, end:], Y[:, end:], X[:, :m_dev], Y[:, :m_dev],
            X[:, m_dev:end], Y[:, m_dev:end])
