def top_activations(activations, channel, k):
    a = activations[..., channel]
    order = np.argsort(a.reshape(-1))[:k]
    i, h, w = np.unravel_index(order, a.shape)
    return np.stack([i, h, w], axis=1)
