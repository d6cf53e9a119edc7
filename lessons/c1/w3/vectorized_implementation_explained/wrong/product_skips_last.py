
def product_by_columns(W, X):
    n, m = W.shape[0], X.shape[1]
    WX = np.zeros((n, m))
    for i in range(m - 1):
        WX[:, i:i + 1] = np.dot(W, X[:, i:i + 1])
    return WX
