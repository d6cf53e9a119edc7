
def relative_difference(grad, gradapprox):
    return float(np.sum((grad - gradapprox) ** 2) / (np.sum(grad ** 2) + np.sum(gradapprox ** 2)))
