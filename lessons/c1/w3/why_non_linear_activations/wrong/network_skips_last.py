
def collapse_linear_network(layers):
    W, b = layers[0]
    for W_next, b_next in layers[1:-1]:
        W, b = collapse_two_linear_layers(W, b, W_next, b_next)
    return W, b
