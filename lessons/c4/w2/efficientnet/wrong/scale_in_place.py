def scale_network(base, phi, alpha, beta, gamma):
    d, w, r = compound_multipliers(phi, alpha, beta, gamma)
    base["depth"] = math.ceil(base["depth"] * d)
    base["width"] = math.ceil(base["width"] * w)
    base["resolution"] = math.ceil(base["resolution"] * r)
    return base
