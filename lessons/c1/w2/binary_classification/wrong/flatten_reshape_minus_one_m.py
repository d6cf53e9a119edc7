
def flatten_and_standardize(images):
    return images.reshape(-1, images.shape[0]) / 255
