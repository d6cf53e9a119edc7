
def cost_from_likelihood(A, Y, epsilon=1e-12):
    return float(-np.mean(np.log(likelihood(A, Y))))
