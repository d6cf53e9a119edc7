
def conv2d(image, kernel):
    f = kernel.shape[0]
    Z = np.zeros((image.shape[0] - f, image.shape[1] - f))
    for h in range(Z.shape[0]):
        for w in range(Z.shape[1]):
            Z[h, w] = np.sum(image[h:h + f, w:w + f] * kernel)
    return Z
