def clip_by_norm(gradients, max_norm):
    global_norm = float(sum(np.sqrt(np.sum(g ** 2)) for g in gradients.values()))
    scale = max_norm / global_norm if global_norm > max_norm else 1.0
    return {name: g * scale for name, g in gradients.items()}, global_norm
