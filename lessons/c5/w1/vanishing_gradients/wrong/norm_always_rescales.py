def clip_by_norm(gradients, max_norm):
    global_norm = float(np.sqrt(sum(np.sum(g ** 2) for g in gradients.values())))
    return {name: g * (max_norm / global_norm) for name, g in gradients.items()}, global_norm
