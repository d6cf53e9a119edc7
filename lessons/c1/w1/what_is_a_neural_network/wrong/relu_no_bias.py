
def relu_neuron(size, w, b):
    return np.maximum(0, w * size)
