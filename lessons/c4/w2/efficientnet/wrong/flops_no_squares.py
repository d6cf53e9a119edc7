def flops_factor(phi, alpha, beta, gamma):
    return (alpha * beta * gamma) ** phi
