
def one_example_gradients(w, b, x, y):
    a = np.sum(w * x) + b
    dz = a - y
    return {"dw": x * dz, "db": dz}
