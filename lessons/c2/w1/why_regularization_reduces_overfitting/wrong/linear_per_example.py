
def linear_regime_fraction(Z, tolerance=0.01):
    return np.mean(np.abs(np.tanh(Z) - Z) <= tolerance, axis=0)
