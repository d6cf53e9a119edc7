def top_activations(activations, channel, k):
    a = activations[channel]
    order = np.argsort(a.reshape(-1))[::-1][:k]
    h, w, c = np.unravel_index(order, a.shape)
    return np.stack([np.full_like(h, channel), h, w], axis=1)
