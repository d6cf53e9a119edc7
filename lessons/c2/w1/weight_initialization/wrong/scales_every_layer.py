
def init_scales(layer_dims, activation="relu"):
    numerator = 2.0 if activation == "relu" else 1.0
    return [float(np.sqrt(numerator / n)) for n in layer_dims]
