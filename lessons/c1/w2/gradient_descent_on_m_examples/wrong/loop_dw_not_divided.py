
def propagate_loop(w, b, X, Y):
    n_x, m = X.shape
    J = 0.0
    dw = np.zeros((n_x, 1))
    db = 0.0
    for i in range(m):
        x = X[:, i:i + 1]
        y = Y[0, i]
        a = sigmoid(np.sum(w * x) + b)
        J += -(y * np.log(a) + (1 - y) * np.log(1 - a))
        dz = a - y
        dw += x * dz
        db += dz
    J = J / m
    db = db / m
    return {"dw": dw, "db": db}, J
