
def product_by_columns(W, X):
    n, m = W.shape[0], X.shape[1]
    WX = np.zeros((n, m))
    for i in range(m):
        WX[:, i:i + 1] = np.dot(W.T, X[:, i:i + 1])
    return WX
