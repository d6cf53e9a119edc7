
def saddle_fraction(hessians):
    kinds = [classify_critical_point(hessian) for hessian in hessians]
    return kinds.count("saddle") / hessians.shape[1]
