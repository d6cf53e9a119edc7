def apply_temperature(probs, temperature):
    e = np.exp(probs / temperature)
    return e / np.sum(e, axis=0, keepdims=True)
