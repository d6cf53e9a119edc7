def random_crop(images, crop_h, crop_w, rng):
    m, n_H, n_W, n_C = images.shape
    top = rng.integers(0, n_H - crop_h + 1)
    left = rng.integers(0, n_W - crop_w + 1)
    return images[:, top:top + crop_h, left:left + crop_w, :].copy()
