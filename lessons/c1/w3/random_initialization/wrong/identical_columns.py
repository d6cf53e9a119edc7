
def hidden_units_identical(W1, tol=1e-10):
    return bool(np.all(np.abs(W1 - W1[:, 0:1]) <= tol))
