
def two_layer_by_units(x, hidden_units, output_unit):
    a1 = np.hstack([logistic_unit(x, w, b) for w, b in hidden_units])
    w2, b2 = output_unit
    return logistic_unit(a1, w2, b2)
