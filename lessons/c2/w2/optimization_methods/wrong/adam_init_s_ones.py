def initialize_adam(parameters):
    L = len(parameters) // 2
    v = {}
    s = {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
        s["dW" + str(l)] = np.ones(parameters["W" + str(l)].shape)
        s["db" + str(l)] = np.ones(parameters["b" + str(l)].shape)
    return v, s
