def zero_pad(X, pad):
    X_pad = np.pad(X, ((0, 0), (pad, pad), (pad, pad), (pad, pad)), mode="constant")
    return X_pad
