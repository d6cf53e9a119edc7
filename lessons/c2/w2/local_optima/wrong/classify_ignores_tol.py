
def classify_critical_point(hessian, tol=1e-8):
    eigenvalues = np.linalg.eigvalsh(hessian)
    up, down = np.any(eigenvalues > 0), np.any(eigenvalues < 0)
    if up and down:
        return "saddle"
    if np.any(eigenvalues == 0):
        return "flat"
    return "minimum" if up else "maximum"
