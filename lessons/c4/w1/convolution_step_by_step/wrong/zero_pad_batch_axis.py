def zero_pad(X, pad):
    # written as if X were one picture (n_H, n_W, n_C): pads the batch axis and the height
    X_pad = np.pad(X, ((pad, pad), (pad, pad), (0, 0), (0, 0)), mode="constant")
    return X_pad
