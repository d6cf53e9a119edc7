def clip_by_value(gradients, max_value):
    return {name: np.minimum(g, max_value) for name, g in gradients.items()}
