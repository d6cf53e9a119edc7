def apply_temperature(probs, temperature):
    p = probs ** (1.0 / temperature)
    if p.ndim == 1:
        return p / np.sum(p)
    return p / np.sum(p, axis=1, keepdims=True)
