def flops_factor(phi, alpha, beta, gamma):
    return alpha * beta ** 2 * gamma ** 2 * phi
