
def product_by_columns(W, X):
    for i in range(X.shape[1]):
        WX = np.dot(W, X[:, i:i + 1])
    return WX
