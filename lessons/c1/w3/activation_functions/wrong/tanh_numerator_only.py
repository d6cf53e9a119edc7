
def tanh(z):
    return (np.exp(z) - np.exp(-z)) / 2
