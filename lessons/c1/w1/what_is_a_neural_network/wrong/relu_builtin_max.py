
def relu_neuron(size, w, b):
    return max(0, w * size + b)
