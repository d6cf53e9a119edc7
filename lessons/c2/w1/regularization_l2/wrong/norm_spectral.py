
def frobenius_norm(W):
    return float(np.linalg.norm(W, 2))
