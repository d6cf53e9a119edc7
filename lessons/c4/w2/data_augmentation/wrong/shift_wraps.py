def color_shift(images, shifts):
    return (images + np.asarray(shifts)).astype(np.uint8)
