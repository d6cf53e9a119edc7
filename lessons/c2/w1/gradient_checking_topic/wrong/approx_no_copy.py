
def gradient_approx(J, theta, epsilon=1e-7):
    n = theta.shape[0]
    gradapprox = np.zeros((n, 1))
    for i in range(n):
        theta_plus = theta
        theta_plus[i, 0] += epsilon
        J_plus = J(theta_plus)
        theta_minus = theta
        theta_minus[i, 0] -= epsilon
        J_minus = J(theta_minus)
        gradapprox[i, 0] = (J_plus - J_minus) / (2 * epsilon)
    return gradapprox
