
def tanh_derivative(z):
    a = np.tanh(z)
    return a * (1 - a)
