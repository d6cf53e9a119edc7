def color_shift(images, shifts):
    wide = images.astype(np.int16) + np.asarray(shifts, dtype=np.int16).reshape(-1, 1, 1, 1)
    return np.clip(wide, 0, 255).astype(np.uint8)
