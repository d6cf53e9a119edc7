def crop_and_zoom(image, box, size):
    top, left, height, width = box
    rows = np.linspace(top, top + height, size).astype(int)
    cols = np.linspace(left, left + width, size).astype(int)
    return image[rows[:, None], cols[None, :]]
