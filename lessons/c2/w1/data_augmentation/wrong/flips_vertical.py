
def augment_with_flips(X, Y):
    return np.concatenate([X, X[:, ::-1, :, :]], axis=0), np.concatenate([Y, Y], axis=0)
