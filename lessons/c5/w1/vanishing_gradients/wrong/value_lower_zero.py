def clip_by_value(gradients, max_value):
    return {name: np.clip(g, 0, max_value) for name, g in gradients.items()}
