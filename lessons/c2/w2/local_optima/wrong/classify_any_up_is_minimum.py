
def classify_critical_point(hessian, tol=1e-8):
    eigenvalues = np.linalg.eigvalsh(hessian)
    if np.any(eigenvalues > tol):
        return "minimum"
    if np.any(eigenvalues < -tol):
        return "maximum"
    return "flat"
