
def random_crops(X, crop_h, crop_w, seed=0):
    m, h, w, c = X.shape
    np.random.seed(seed)
    tops = np.random.randint(0, h - crop_h + 1, size=m)
    lefts = np.random.randint(0, w - crop_w + 1, size=m)
    return np.stack([X[i, :, tops[i]:tops[i] + crop_h, lefts[i]:lefts[i] + crop_w]
                     for i in range(m)])
