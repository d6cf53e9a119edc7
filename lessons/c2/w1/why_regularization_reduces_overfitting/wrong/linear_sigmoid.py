
def linear_regime_fraction(Z, tolerance=0.01):
    return float(np.mean(np.abs(1 / (1 + np.exp(-Z)) - Z) <= tolerance))
