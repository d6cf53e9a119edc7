
def flatten_and_standardize(images):
    return images.reshape(images.shape[0], -1).T
