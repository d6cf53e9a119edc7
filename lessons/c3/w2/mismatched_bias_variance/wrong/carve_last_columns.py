
def carve_train_dev(X_train, Y_train, m_train_dev, seed=0):
    cut = X_train.shape[1] - m_train_dev
    return (X_train[:, :cut], Y_train[:, :cut], X_train[:, cut:], Y_train[:, cut:])
