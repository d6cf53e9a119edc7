
def product_by_columns(W, X):
    n, m = W.shape[0], X.shape[1]
    WX = np.zeros((n, m))
    for i in range(m):
        WX[i, :] = np.dot(W, X[:, i])
    return WX
