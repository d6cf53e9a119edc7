
def detect_edges(image):
    return conv2d(image, VERTICAL), conv2d(image, VERTICAL[::-1])
