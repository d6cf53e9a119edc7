
def detect_edges(image):
    return conv2d(image, VERTICAL.T), conv2d(image, VERTICAL)
