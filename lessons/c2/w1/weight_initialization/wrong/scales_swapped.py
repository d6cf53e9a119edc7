
def init_scales(layer_dims, activation="relu"):
    numerator = 1.0 if activation == "relu" else 2.0
    return [float(np.sqrt(numerator / layer_dims[l - 1])) for l in range(1, len(layer_dims))]
