
def classify_critical_point(hessian, tol=1e-8):
    det = np.linalg.det(hessian)
    if abs(det) <= tol:
        return "flat"
    if det < 0:
        return "saddle"
    return "minimum" if np.trace(hessian) > 0 else "maximum"
