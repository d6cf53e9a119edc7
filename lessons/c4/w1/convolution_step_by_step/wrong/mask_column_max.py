def create_mask_from_window(x):
    mask = x == np.max(x, axis=0)
    return mask
