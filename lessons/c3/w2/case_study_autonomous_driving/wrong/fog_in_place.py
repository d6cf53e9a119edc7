def synthesize_fog(images, fog, density=0.6, max_reuse=50, seed=0):
    m, k = images.shape[0], fog.shape[0]
    rng = np.random.default_rng(seed)
    pick = rng.integers(0, k, size=m)
    alpha = density * fog[pick][:, :, :, np.newaxis]
    images *= 1 - alpha
    images += alpha * FOG_COLOUR
    if m > max_reuse * k:
        warnings.warn("too few fog layers", stacklevel=2)
    return images
