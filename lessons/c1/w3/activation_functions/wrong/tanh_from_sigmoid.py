
def tanh(z):
    return 2 * sigmoid(z) - 1
