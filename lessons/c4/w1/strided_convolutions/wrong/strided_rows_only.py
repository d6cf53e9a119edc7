
def conv2d_strided(image, kernel, stride):
    f = kernel.shape[0]
    n_H = (image.shape[0] - f) // stride + 1
    n_W = image.shape[1] - f + 1
    Z = np.zeros((n_H, n_W))
    for h in range(n_H):
        for w in range(n_W):
            Z[h, w] = np.sum(image[h * stride:h * stride + f, w:w + f] * kernel)
    return Z
