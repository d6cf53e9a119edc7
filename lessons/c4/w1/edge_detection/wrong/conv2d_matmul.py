
def conv2d(image, kernel):
    f = kernel.shape[0]
    Z = np.zeros((image.shape[0] - f + 1, image.shape[1] - f + 1))
    for h in range(Z.shape[0]):
        for w in range(Z.shape[1]):
            Z[h, w] = np.sum(np.dot(image[h:h + f, w:w + f], kernel))
    return Z
