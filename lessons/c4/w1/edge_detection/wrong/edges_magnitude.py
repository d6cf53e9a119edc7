
def detect_edges(image):
    return np.abs(conv2d(image, VERTICAL)), np.abs(conv2d(image, VERTICAL.T))
