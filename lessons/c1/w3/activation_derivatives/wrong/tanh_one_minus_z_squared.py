
def tanh_derivative(z):
    return 1 - z ** 2
