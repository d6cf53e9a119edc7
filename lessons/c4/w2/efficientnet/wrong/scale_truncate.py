def scale_network(base, phi, alpha, beta, gamma):
    d, w, r = compound_multipliers(phi, alpha, beta, gamma)
    return {"depth": int(base["depth"] * d), "width": int(base["width"] * w),
            "resolution": int(base["resolution"] * r)}
