
def zero_pad(X, pad):
    return np.pad(X, pad, mode="constant", constant_values=0)
