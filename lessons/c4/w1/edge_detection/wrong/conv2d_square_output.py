
def conv2d(image, kernel):
    f = kernel.shape[0]
    n = image.shape[0] - f + 1
    Z = np.zeros((n, n))
    for h in range(n):
        for w in range(n):
            Z[h, w] = np.sum(image[h:h + f, w:w + f] * kernel)
    return Z
