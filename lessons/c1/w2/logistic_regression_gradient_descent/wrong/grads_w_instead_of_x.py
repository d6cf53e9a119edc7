
def one_example_gradients(w, b, x, y):
    a = sigmoid(np.sum(w * x) + b)
    dz = a - y
    return {"dw": w * dz, "db": dz}
