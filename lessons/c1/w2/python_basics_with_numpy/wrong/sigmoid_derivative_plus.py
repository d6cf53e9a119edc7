
def sigmoid_derivative(x):
    s = sigmoid(x)
    return s * (1 + s)
