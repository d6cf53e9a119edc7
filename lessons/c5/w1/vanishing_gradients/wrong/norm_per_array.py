def clip_by_norm(gradients, max_norm):
    global_norm = float(np.sqrt(sum(np.sum(g ** 2) for g in gradients.values())))
    clipped = {}
    for name, g in gradients.items():
        norm = np.sqrt(np.sum(g ** 2))
        clipped[name] = g * (max_norm / norm) if norm > max_norm else g * 1.0
    return clipped, global_norm
