
def layer_shapes(n_x, n_h, n_y):
    return {"W1": (n_h, n_x), "b1": (n_h,), "W2": (n_y, n_h), "b2": (n_y,)}
