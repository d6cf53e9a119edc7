def create_mask_from_window(x):
    mask = np.argmax(x)
    return mask
