
def one_example_gradients(w, b, x, y):
    a = sigmoid(np.dot(w.T, x) + b)
    dz = a - y
    return {"dw": x.T * dz, "db": dz}
