def layer_output_shape(input_shape, layer):
    if layer["type"] == "fc":
        return (layer["units"],)
    n_H_prev, n_W_prev, n_C_prev = input_shape
    f, s = layer["f"], layer.get("s", 1)
    n_C = layer["n_C"] if layer["type"] == "conv" else n_C_prev
    return ((n_H_prev - f) // s + 1, (n_W_prev - f) // s + 1, n_C)
