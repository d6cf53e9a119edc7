
def cost_from_likelihood(A, Y, epsilon=1e-12):
    A_safe = np.clip(A, epsilon, 1 - epsilon)
    return float(-np.log(np.mean(likelihood(A_safe, Y))))
