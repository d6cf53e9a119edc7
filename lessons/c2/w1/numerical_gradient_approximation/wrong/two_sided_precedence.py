
def two_sided_difference(f, theta, epsilon=1e-2):
    return (f(theta + epsilon) - f(theta - epsilon)) / 2 * epsilon
