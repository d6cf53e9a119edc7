
def gradient_approx(J, theta, epsilon=1e-7):
    n = theta.shape[0]
    gradapprox = np.zeros(n)
    for i in range(n):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= epsilon
        gradapprox[i] = (J(theta_plus) - J(theta_minus)) / (2 * epsilon)
    return gradapprox
