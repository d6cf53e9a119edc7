
def relu_neuron(size, w, b):
    return np.abs(w * size + b)
