
def sigmoid_derivative(x):
    return sigmoid(x) * (1 - x)
