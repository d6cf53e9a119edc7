
def tanh_derivative(z):
    return 1 - np.tanh(z)
