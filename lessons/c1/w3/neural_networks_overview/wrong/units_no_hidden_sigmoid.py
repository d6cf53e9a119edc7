
def two_layer_by_units(x, hidden_units, output_unit):
    z1 = np.vstack([np.dot(w.T, x) + b for w, b in hidden_units])
    w2, b2 = output_unit
    return logistic_unit(z1, w2, b2)
