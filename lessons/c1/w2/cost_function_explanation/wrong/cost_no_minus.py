
def cost_from_likelihood(A, Y, epsilon=1e-12):
    A_safe = np.clip(A, epsilon, 1 - epsilon)
    return float(np.mean(np.log(likelihood(A_safe, Y))))
