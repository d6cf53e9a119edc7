def flops_factor(phi, alpha, beta, gamma):
    return (alpha ** 2 * beta ** 2 * gamma ** 2) ** phi
