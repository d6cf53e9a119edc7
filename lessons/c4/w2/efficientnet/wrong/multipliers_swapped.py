def compound_multipliers(phi, alpha, beta, gamma):
    return beta ** phi, alpha ** phi, gamma ** phi
