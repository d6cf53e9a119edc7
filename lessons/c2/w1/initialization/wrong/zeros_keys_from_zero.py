def initialize_parameters_zeros(layers_dims):
    parameters = {}
    L = len(layers_dims)
    for l in range(L - 1):
        parameters["W" + str(l)] = np.zeros((layers_dims[l + 1], layers_dims[l]))
        parameters["b" + str(l)] = np.zeros((layers_dims[l + 1], 1))
    return parameters
