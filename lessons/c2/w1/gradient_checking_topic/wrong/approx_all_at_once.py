
def gradient_approx(J, theta, epsilon=1e-7):
    n = theta.shape[0]
    gradapprox = np.zeros((n, 1))
    for i in range(n):
        gradapprox[i, 0] = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return gradapprox
