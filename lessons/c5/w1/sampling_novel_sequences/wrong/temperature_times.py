def apply_temperature(probs, temperature):
    p = probs ** temperature
    return p / np.sum(p, axis=0, keepdims=True)
