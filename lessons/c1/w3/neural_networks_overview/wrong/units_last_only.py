
def two_layer_by_units(x, hidden_units, output_unit):
    for w, b in hidden_units:
        a1 = logistic_unit(x, w, b)
    w2, b2 = output_unit
    return logistic_unit(a1, w2, b2)
