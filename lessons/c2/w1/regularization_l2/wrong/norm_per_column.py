
def frobenius_norm(W):
    return np.sqrt(np.sum(np.square(W), axis=0))
