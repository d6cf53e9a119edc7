def layer_output_shape(input_shape, layer):
    if layer["type"] == "fc":
        return (layer["units"],)
    n_H_prev, n_W_prev, n_C_prev = input_shape
    f, s, p = layer["f"], layer.get("s", 1), layer.get("p", 0)
    n_C = layer["n_C"] if layer["type"] == "conv" else n_C_prev
    return ((n_H_prev + 2 * p - f) // s, (n_W_prev + 2 * p - f) // s, n_C)
