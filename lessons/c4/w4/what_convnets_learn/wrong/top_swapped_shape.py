def top_activations(activations, channel, k):
    a = activations[..., channel]
    order = np.argsort(a.reshape(-1))[::-1][:k]
    m, n_H, n_W = a.shape
    i, h, w = np.unravel_index(order, (m, n_W, n_H))
    return np.stack([i, h, w], axis=1)
