def random_crop(images, crop_h, crop_w, rng):
    m, n_H, n_W, n_C = images.shape
    crops = np.zeros((m, crop_h, crop_w, n_C), dtype=images.dtype)
    for i in range(m):
        left = rng.integers(0, n_W - crop_w + 1)
        top = rng.integers(0, n_H - crop_h + 1)
        crops[i] = images[i, top:top + crop_h, left:left + crop_w, :]
    return crops
