
def forward_variances(layer_dims, scales, activation="relu"):
    variances = []
    q = 1.0
    for l in range(1, len(layer_dims)):
        var_z = layer_dims[l - 1] * scales[l - 1] * q
        variances.append(float(var_z))
        q = var_z / 2 if activation == "relu" else var_z
    return variances
