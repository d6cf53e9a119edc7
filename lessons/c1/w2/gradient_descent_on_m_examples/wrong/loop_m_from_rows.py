
def propagate_loop(w, b, X, Y):
    m = X.shape[0]
    J = 0.0
    dw = np.zeros((X.shape[0], 1))
    db = 0.0
    for i in range(X.shape[1]):
        x = X[:, i:i + 1]
        y = Y[0, i]
        a = sigmoid(np.sum(w * x) + b)
        J += -(y * np.log(a) + (1 - y) * np.log(1 - a))
        dz = a - y
        dw += x * dz
        db += dz
    return {"dw": dw / m, "db": db / m}, J / m
