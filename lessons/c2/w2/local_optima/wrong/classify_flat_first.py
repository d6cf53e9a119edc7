
def classify_critical_point(hessian, tol=1e-8):
    eigenvalues = np.linalg.eigvalsh(hessian)
    if np.any(np.abs(eigenvalues) <= tol):
        return "flat"
    up, down = np.any(eigenvalues > tol), np.any(eigenvalues < -tol)
    if up and down:
        return "saddle"
    return "minimum" if up else "maximum"
