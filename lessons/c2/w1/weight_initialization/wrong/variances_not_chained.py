
def forward_variances(layer_dims, scales, activation="relu"):
    return [float(layer_dims[l - 1] * scales[l - 1] ** 2) for l in range(1, len(layer_dims))]
