
def random_crops(X, crop_h, crop_w, seed=0):
    m, h, w, c = X.shape
    np.random.seed(seed)
    top = np.random.randint(0, h - crop_h + 1)
    left = np.random.randint(0, w - crop_w + 1)
    return X[:, top:top + crop_h, left:left + crop_w, :].copy()
