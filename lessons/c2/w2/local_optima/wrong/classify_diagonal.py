
def classify_critical_point(hessian, tol=1e-8):
    curvatures = np.diag(hessian)
    up, down = np.any(curvatures > tol), np.any(curvatures < -tol)
    if up and down:
        return "saddle"
    if np.any(np.abs(curvatures) <= tol):
        return "flat"
    return "minimum" if up else "maximum"
