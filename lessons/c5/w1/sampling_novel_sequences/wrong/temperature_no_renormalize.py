def apply_temperature(probs, temperature):
    return probs ** (1.0 / temperature)
