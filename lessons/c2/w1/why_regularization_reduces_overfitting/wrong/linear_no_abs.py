
def linear_regime_fraction(Z, tolerance=0.01):
    return float(np.mean(np.tanh(Z) - Z <= tolerance))
