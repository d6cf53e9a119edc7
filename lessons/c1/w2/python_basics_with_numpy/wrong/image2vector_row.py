
def image2vector(image):
    return image.reshape(1, -1)
