
def relative_difference(grad, gradapprox):
    return float(np.linalg.norm(grad - gradapprox) / np.linalg.norm(grad + gradapprox))
