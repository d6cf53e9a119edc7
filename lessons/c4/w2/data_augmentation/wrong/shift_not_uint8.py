def color_shift(images, shifts):
    return np.clip(images.astype(int) + np.asarray(shifts), 0, 255)
