
def two_layer_by_units(x, hidden_units, output_unit):
    w2, b2 = output_unit
    return logistic_unit(x, w2, b2)
