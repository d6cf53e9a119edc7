def scale_network(base, phi, alpha, beta, gamma):
    d, w, r = compound_multipliers(phi, alpha, beta, gamma)
    return {"depth": round(base["depth"] * d), "width": round(base["width"] * w),
            "resolution": round(base["resolution"] * r)}
