
def one_example_gradients(w, b, x, y):
    a = sigmoid(np.sum(w * x) + b)
    dz = y - a
    return {"dw": x * dz, "db": dz}
