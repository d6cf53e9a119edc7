
def augment_with_flips(X, Y):
    return np.concatenate([X, X[:, :, ::-1, :]], axis=0), np.repeat(Y, 2, axis=0)
