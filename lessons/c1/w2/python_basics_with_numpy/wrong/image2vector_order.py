
def image2vector(image):
    return image.T.reshape(-1, 1)
