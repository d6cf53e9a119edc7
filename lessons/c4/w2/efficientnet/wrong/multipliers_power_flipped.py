def compound_multipliers(phi, alpha, beta, gamma):
    return phi ** alpha, phi ** beta, phi ** gamma
