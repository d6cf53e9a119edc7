def compute_style_cost(activation_pairs, layer_weights):
    for (a_S, a_G), weight in zip(activation_pairs, layer_weights, strict=True):
        J_style = weight * compute_layer_style_cost(a_S, a_G)
    return J_style
