
def forward_one_example(x, parameters):
    z1, a1 = layer_forward(x, parameters["W1"], parameters["b1"])
    z2, a2 = layer_forward(a1, parameters["W2"], parameters["b2"])
    return z2, {"z1": z1, "a1": a1, "z2": z2, "a2": a2}
