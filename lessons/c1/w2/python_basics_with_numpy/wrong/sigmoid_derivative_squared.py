
def sigmoid_derivative(x):
    return (1 - sigmoid(x)) ** 2
