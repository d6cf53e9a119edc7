
def frobenius_norm(W):
    return float(np.sum(np.square(W)))
