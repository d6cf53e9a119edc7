def clip_by_value(gradients, max_value):
    return {name: (np.clip(g, -max_value, max_value) if name.startswith("dW") else g)
            for name, g in gradients.items()}
