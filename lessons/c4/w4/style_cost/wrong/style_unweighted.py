def compute_style_cost(activation_pairs, layer_weights):
    return sum(compute_layer_style_cost(a_S, a_G) for a_S, a_G in activation_pairs)
