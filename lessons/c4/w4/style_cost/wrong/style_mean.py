def compute_style_cost(activation_pairs, layer_weights):
    total = 0.0
    for (a_S, a_G), weight in zip(activation_pairs, layer_weights, strict=True):
        total += weight * compute_layer_style_cost(a_S, a_G)
    return total / len(activation_pairs)
