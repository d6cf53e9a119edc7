
def layer_shapes(n_x, n_h, n_y):
    return {"W1": (n_x, n_h), "b1": (n_h, 1), "W2": (n_h, n_y), "b2": (n_y, 1)}
