def create_mask_from_window(x):
    mask = np.zeros_like(x)
    position = np.argmax(x)
    mask[position // x.shape[0], position % x.shape[0]] = 1
    return mask
