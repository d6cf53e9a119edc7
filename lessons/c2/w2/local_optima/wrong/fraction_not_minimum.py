
def saddle_fraction(hessians):
    kinds = [classify_critical_point(hessian) for hessian in hessians]
    return 1 - kinds.count("minimum") / len(hessians)
