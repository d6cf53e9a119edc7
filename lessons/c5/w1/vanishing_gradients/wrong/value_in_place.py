def clip_by_value(gradients, max_value):
    for g in gradients.values():
        np.clip(g, -max_value, max_value, out=g)
    return gradients
