def compound_multipliers(phi, alpha, beta, gamma):
    return alpha * phi, beta * phi, gamma * phi
