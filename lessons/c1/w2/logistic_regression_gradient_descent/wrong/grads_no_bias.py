
def one_example_gradients(w, b, x, y):
    a = sigmoid(np.sum(w * x))
    dz = a - y
    return {"dw": x * dz, "db": dz}
