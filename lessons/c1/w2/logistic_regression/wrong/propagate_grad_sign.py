
def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    dw = np.dot(X, (Y - A).T) / m
    db = np.sum(Y - A) / m
    return {"dw": dw, "db": db}, float(cost)
