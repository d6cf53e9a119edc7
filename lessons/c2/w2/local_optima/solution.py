"""The problem of local optima: in many dimensions, a point where the gradient vanishes is
almost always a saddle point, not a local minimum.

A critical point (gradient 0) is classified by the signs of the eigenvalues of the Hessian,
the symmetric matrix of second derivatives there. Write the two functions between the
YOUR CODE markers.
"""

import numpy as np


def classify_critical_point(hessian, tol=1e-8):
    """Classify a critical point from the eigenvalues of its Hessian.

    An eigenvalue above tol is a direction that curves up, one below -tol a direction that
    curves down, and one with absolute value <= tol a flat direction.

    Arguments:
    hessian -- symmetric numpy array of shape (n, n)
    tol -- eigenvalues with absolute value <= tol count as zero

    Returns:
    kind -- a string:
            "saddle"  if some directions curve up and others curve down
            "minimum" if every direction curves up
            "maximum" if every direction curves down
            "flat"    otherwise: some direction is flat and the test cannot decide
    """
    # YOUR CODE STARTS HERE
    # stub: kind = None
    eigenvalues = np.linalg.eigvalsh(hessian)
    curves_up = np.any(eigenvalues > tol)
    curves_down = np.any(eigenvalues < -tol)
    if curves_up and curves_down:
        kind = "saddle"
    elif np.any(np.abs(eigenvalues) <= tol):
        kind = "flat"
    elif curves_up:
        kind = "minimum"
    else:
        kind = "maximum"
    # YOUR CODE ENDS HERE
    return kind


def saddle_fraction(hessians):
    """The fraction of a stack of Hessians whose critical point is a saddle.

    Arguments:
    hessians -- numpy array of shape (k, n, n): k symmetric Hessians, k >= 1

    Returns:
    fraction -- a float in [0, 1]: (number classified "saddle") / k
    """
    # YOUR CODE STARTS HERE
    # stub: fraction = None
    kinds = [classify_critical_point(hessian) for hessian in hessians]
    fraction = kinds.count("saddle") / len(hessians)
    # YOUR CODE ENDS HERE
    return fraction
