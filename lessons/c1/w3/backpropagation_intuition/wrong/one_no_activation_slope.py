
def backward_one_example(parameters, cache, x, y):
    a1, a2 = cache["A1"], cache["A2"]
    dz2 = a2 - y
    dz1 = np.dot(parameters["W2"].T, dz2)
    return {"dW1": np.dot(dz1, x.T), "db1": dz1, "dW2": np.dot(dz2, a1.T), "db2": dz2}
