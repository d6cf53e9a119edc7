def equivariance_gap(layer, x, dy, dx):
    y = layer(x)
    y_from_shifted = layer(shift(x, dy, dx))
    return float(np.max(np.abs(y_from_shifted[dy:, dx:] - y[:-dy, :-dx])))
