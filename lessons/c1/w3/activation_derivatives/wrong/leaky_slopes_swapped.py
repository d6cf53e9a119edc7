
def leaky_relu_derivative(z, alpha=0.01):
    return np.where(z > 0, alpha, 1.0)
