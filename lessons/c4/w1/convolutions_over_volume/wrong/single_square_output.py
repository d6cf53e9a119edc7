
def conv_single_filter(image, filt):
    f = filt.shape[0]
    n = image.shape[0] - f + 1
    Z = np.zeros((n, n))
    for h in range(n):
        for w in range(n):
            Z[h, w] = np.sum(image[h:h + f, w:w + f, :] * filt)
    return Z
